// Korean numerals as news text writes them: "1억1000만", "3조 9000억", "7천만", "수백억", "1,200.5".
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

namespace newsgraph::core::numeral {

struct NumberParse {
    double value = 0;          // plain units: "1억1000만" -> 110000000
    std::size_t end = 0;
    bool koreanUnit = false;
    bool vague = false;
    bool approximate = false; // "100여억", "100억여"
};

// Digits with thousands separators and an optional fraction ("1,200", "3.5"); advances pos.
std::optional<double> parseDigits(std::string_view text, std::size_t& pos);

// Whether a unit (a currency) starts at pos: "4만 9000달러" keeps its spaced tail only before one.
using UnitTest = std::function<bool(std::string_view text, std::size_t pos)>;

// A number with 만/억/조 groups, optionally spaced; vague forms ("수백억") give their lower bound.
std::optional<NumberParse> parseNumber(std::string_view text, std::size_t pos, const UnitTest& unitFollows);

} // namespace newsgraph::core::numeral
