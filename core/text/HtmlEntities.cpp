// Named references cover what Korean news pages actually use; numeric ones cover everything else.
#include "text/HtmlEntities.h"

#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <utility>

namespace newsgraph::core {
namespace {

// Linear search is fine: references are rare and the table is short.
constexpr std::array<std::pair<std::string_view, char32_t>, 58> namedEntities = {{
    {"AMP", U'&'},       {"GT", U'>'},        {"LT", U'<'},        {"QUOT", U'"'},     {"acute", U'\u00B4'},
    {"amp", U'&'},       {"apos", U'\''},     {"bull", U'\u2022'}, {"cent", U'\u00A2'}, {"copy", U'\u00A9'},
    {"darr", U'\u2193'}, {"deg", U'\u00B0'},  {"divide", U'\u00F7'}, {"emsp", U' '},    {"ensp", U' '},
    {"euro", U'\u20AC'}, {"gt", U'>'},        {"hellip", U'\u2026'}, {"laquo", U'\u00AB'}, {"larr", U'\u2190'},
    {"ldquo", U'\u201C'}, {"le", U'\u2264'},  {"lsaquo", U'\u2039'}, {"lsquo", U'\u2018'}, {"lt", U'<'},
    {"mdash", U'\u2014'}, {"micro", U'\u00B5'}, {"middot", U'\u00B7'}, {"minus", U'\u2212'}, {"nbsp", U' '},
    {"ndash", U'\u2013'}, {"not", U'\u00AC'}, {"para", U'\u00B6'},  {"permil", U'\u2030'}, {"plusmn", U'\u00B1'},
    {"pound", U'\u00A3'}, {"prime", U'\u2032'}, {"quot", U'"'},     {"raquo", U'\u00BB'}, {"rarr", U'\u2192'},
    {"rdquo", U'\u201D'}, {"reg", U'\u00AE'},  {"rsaquo", U'\u203A'}, {"rsquo", U'\u2019'}, {"sbquo", U'\u201A'},
    {"sect", U'\u00A7'},  {"shy", U'\u00AD'},  {"sim", U'\u223C'},   {"thinsp", U' '},   {"times", U'\u00D7'},
    {"trade", U'\u2122'}, {"uarr", U'\u2191'}, {"zwj", U'\u200D'},   {"zwnj", U'\u200C'}, {"yen", U'\u00A5'},
    {"ge", U'\u2265'},    {"frac12", U'\u00BD'}, {"frasl", U'\u2044'},
}};

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool isNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c); }

// Windows-1252 code points that pages send as numeric references in the C1 range.
char32_t fixC1(char32_t cp)
{
    static constexpr std::array<char32_t, 32> cp1252 = {
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0x9F)
        return cp1252[cp - 0x80];
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return U'\uFFFD';
    return cp;
}

char32_t lookupNamed(std::string_view name)
{
    for (const auto& [entity, cp] : namedEntities)
        if (entity == name)
            return cp;
    return 0;
}

} // namespace

std::string decodeHtmlEntities(std::string_view text)
{
    if (text.find('&') == std::string_view::npos)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            break;
        }
        out.append(text.substr(i, amp - i));
        std::size_t pos = amp + 1;
        char32_t cp = 0;
        if (pos < text.size() && text[pos] == '#') {
            ++pos;
            const bool hex = pos < text.size() && (text[pos] == 'x' || text[pos] == 'X');
            if (hex)
                ++pos;
            const std::size_t digitsStart = pos;
            std::uint32_t value = 0;
            while (pos < text.size() && (hex ? isHex(text[pos]) : isDigit(text[pos])) && pos - digitsStart < 8) {
                const char c = text[pos];
                const std::uint32_t digit = isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
                value = value * (hex ? 16 : 10) + digit;
                ++pos;
            }
            if (pos > digitsStart)
                cp = fixC1(value);
        } else {
            const std::size_t nameStart = pos;
            while (pos < text.size() && isNameChar(text[pos]) && pos - nameStart < 10)
                ++pos;
            cp = lookupNamed(text.substr(nameStart, pos - nameStart));
        }
        if (cp == 0) {
            out += '&';
            i = amp + 1;
            continue;
        }
        if (pos < text.size() && text[pos] == ';')
            ++pos;
        if (cp == 0xAD || cp == 0x200C || cp == 0x200D)
            ; // invisible joiners and soft hyphens would split words for the extractor
        else
            utf8::append(out, cp);
        i = pos;
    }
    return out;
}

} // namespace newsgraph::core
