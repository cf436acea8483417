#include "extract/DateText.h"

#include "extract/MatcherText.h"
#include "text/Utf8.h"
#include "extract/WordAffixes.h"

#include <array>

namespace newsgraph::core::datetext {
namespace {

// Bound words that may follow a date directly ("12일자", "2006년경", "3월호", "1952년생", "24일오후").
constexpr std::array<std::string_view, 19> dateSuffixes = {
    "자", "께", "경", "쯤", "초", "말", "중순", "하순", "상순", "생", "도", "들어", "오전", "오후", "새벽", "밤", "저녁", "호", "이후",
};

} // namespace

bool startsWith(std::string_view text, std::size_t pos, std::string_view word)
{
    return hasPrefix(text.substr(pos), word);
}

std::optional<int> readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits)
{
    std::size_t p = pos;
    int value = 0, count = 0;
    while (p < text.size() && utf8::isAsciiDigit(static_cast<unsigned char>(text[p]))) {
        if (count < maxDigits)
            value = value * 10 + (text[p] - '0');
        ++p;
        ++count;
    }
    if (count < minDigits || count > maxDigits)
        return std::nullopt;
    pos = p;
    return value;
}

std::size_t skipSpaces(std::string_view text, std::size_t pos)
{
    while (pos < text.size() && utf8::isSpace(utf8::at(text, pos)))
        pos = utf8::after(text, pos);
    return pos;
}

bool isRangeDash(char32_t cp)
{
    return cp == '~' || cp == U'∼' || cp == U'〜' || cp == U'～' || cp == '-' || cp == U'–';
}

bool wordEnds(std::string_view text, std::size_t pos)
{
    if (!utf8::isHangulSyllable(utf8::at(text, pos)))
        return true;
    std::size_t end = pos;
    while (end < text.size() && utf8::isHangulSyllable(utf8::at(text, end)))
        end = utf8::after(text, end);
    const std::string_view run = text.substr(pos, end - pos);
    if (matcher::isParticleSequence(run))
        return true;
    for (std::string_view suffix : dateSuffixes) {
        if (hasPrefix(run, suffix) && matcher::isParticleSequence(run.substr(suffix.size())))
            return true;
    }
    return false;
}

bool mayStartAt(std::string_view text, std::size_t pos)
{
    if (pos == 0)
        return true;
    std::size_t p = pos;
    const char32_t previous = utf8::previous(text, p);
    const char32_t current = utf8::at(text, pos);
    if (utf8::isAsciiDigit(previous) || utf8::isAsciiAlpha(previous) || previous == '.' || previous == ',')
        return false;
    if (utf8::isHangulSyllable(previous) && (utf8::isHangulSyllable(current) || utf8::isAsciiDigit(current)))
        return false; // "최대11일", "지난해" inside a word
    return true;
}

} // namespace newsgraph::core::datetext
