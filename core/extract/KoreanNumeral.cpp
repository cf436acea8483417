// Parsing of Korean numerals with myriad units (만, 억, 조) and digit groups.
#include "KoreanNumeral.h"

#include "text/Utf8.h"

#include <charconv>
#include <string>

namespace newsgraph::core::numeral {
namespace {

using utf8::at;

using utf8::after;

constexpr auto isDigit = utf8::isAsciiDigit;

std::size_t skipOneSpace(std::string_view text, std::size_t pos)
{
    return pos < text.size() && utf8::isSpace(at(text, pos)) ? after(text, pos) : pos;
}

double smallUnit(char32_t cp)
{
    return cp == U'천' ? 1e3 : cp == U'백' ? 1e2 : cp == U'십' ? 1e1 : 0;
}

double bigUnit(char32_t cp)
{
    return cp == U'조' ? 1e12 : cp == U'억' ? 1e8 : cp == U'만' ? 1e4 : 0;
}

// A number below 10000: "7천", "3천5백", "2천500", "1500", "3.5"; bare "천" only when allowed.
std::optional<double> parseSmallGroup(std::string_view text, std::size_t& pos)
{
    std::size_t p = pos;
    double value = 0;
    bool any = false;
    while (p < text.size()) {
        std::size_t q = p;
        const auto digits = parseDigits(text, q);
        const double unit = smallUnit(at(text, q));
        if (unit > 0 && (digits || (!any && bigUnit(at(text, after(text, q))) > 0))) {
            value += (digits ? *digits : 1) * unit;
            p = after(text, q);
            any = true;
            continue;
        }
        if (digits) {
            value += *digits;
            p = q;
            any = true;
        }
        break;
    }
    if (!any)
        return std::nullopt;
    pos = p;
    return value;
}

} // namespace

// "1,200" "3.5" "2500": digits with thousands separators and an optional fraction.
std::optional<double> parseDigits(std::string_view text, std::size_t& pos)
{
    std::size_t p = pos;
    std::string digits;
    while (p < text.size() && isDigit(static_cast<unsigned char>(text[p])))
        digits += text[p++];
    if (digits.empty())
        return std::nullopt;
    while (p + 3 < text.size() + 0 && text[p] == ',' && isDigit(static_cast<unsigned char>(text[p + 1]))
           && isDigit(static_cast<unsigned char>(text[p + 2])) && isDigit(static_cast<unsigned char>(text[p + 3]))
           && (p + 4 >= text.size() || !isDigit(static_cast<unsigned char>(text[p + 4])))) {
        digits.append(text.substr(p + 1, 3));
        p += 4;
    }
    if (p + 1 < text.size() && text[p] == '.' && isDigit(static_cast<unsigned char>(text[p + 1]))) {
        digits += text[p++];
        while (p < text.size() && isDigit(static_cast<unsigned char>(text[p])))
            digits += text[p++];
    }
    if (digits.size() > 18)
        return std::nullopt; // a serial number or a run of digits, not an amount
    double value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    pos = p;
    return value;
}

// "1억1000만", "3조 9000억", "5만1425", "수백억", "천만".
std::optional<NumberParse> parseNumber(std::string_view text, std::size_t pos, const UnitTest& unitFollows)
{
    NumberParse result;
    std::size_t p = pos;
    if (at(text, p) == U'수') { // 수십/수백/수천 + unit: the lower bound
        std::size_t q = after(text, p);
        double multiplier = smallUnit(at(text, q));
        if (multiplier > 0)
            q = after(text, q);
        const double unit = bigUnit(at(text, q));
        if (unit > 0)
            q = after(text, q);
        if (multiplier == 0 && unit == 0)
            return std::nullopt;
        result.value = (multiplier > 0 ? multiplier : 1) * (unit > 0 ? unit : 1);
        result.vague = true;
        result.koreanUnit = true;
        result.end = q;
        return result;
    }
    double lastUnit = 1e300;
    double total = 0;
    bool any = false;
    while (true) {
        std::size_t q = p;
        const auto group = parseSmallGroup(text, q);
        if (!group)
            break;
        if (at(text, q) == U'여') {
            std::size_t r = after(text, q);
            if (bigUnit(at(text, r)) > 0) {
                result.approximate = true;
                q = r;
            }
        }
        const double unit = bigUnit(at(text, q));
        if (unit > 0 && unit < lastUnit) {
            total += *group * unit;
            lastUnit = unit;
            p = after(text, q);
            any = true;
            result.koreanUnit = true;
            // Another, smaller group may follow, directly or after one space.
            const std::size_t spaced = skipOneSpace(text, p);
            if (spaced != p) {
                std::size_t look = spaced;
                const auto nextGroup = parseSmallGroup(text, look);
                const double nextUnit = bigUnit(at(text, look));
                // "4만 9000달러": after 만, a spaced plain tail is unambiguous when a currency follows.
                if (nextGroup && nextUnit == 0 && lastUnit == 1e4 && *nextGroup < 1e4
                    && unitFollows(text, skipOneSpace(text, look))) {
                    total += *nextGroup;
                    p = look;
                    break;
                }
                if (!nextGroup || nextUnit == 0 || nextUnit >= lastUnit)
                    break;
                p = spaced;
            }
            continue;
        }
        total += *group;
        p = q;
        any = true;
        break;
    }
    if (!any)
        return std::nullopt;
    result.value = total;
    result.end = p;
    return result;
}

} // namespace newsgraph::core::numeral
