// Lexical pieces of Korean date expressions: digit runs, spaces, range dashes and where a date word may end.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsgraph::core::datetext {

bool startsWith(std::string_view text, std::size_t pos, std::string_view word);
// Up to `maxDigits` ASCII digits (not followed by another digit); advances pos on success.
std::optional<int> readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits);
std::size_t skipSpaces(std::string_view text, std::size_t pos);
bool isRangeDash(char32_t cp);
// The word may end here: no Hangul follows, or only particles do ("지난해에는", "17일까지"),
// possibly after one bound word ("12일자로").
bool wordEnds(std::string_view text, std::size_t pos);
// Dates start a word: not inside "A2024", "1.5" or "한2024".
bool mayStartAt(std::string_view text, std::size_t pos);

} // namespace newsgraph::core::datetext
