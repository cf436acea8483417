// Absolute dates: "2024-03-14", "2024년 3월 14일", "2016∼2017년", "2024年3月14日", and what is a duration rather than a date.
#include "extract/DateScanner.h"

#include "extract/DateText.h"
#include "text/Utf8.h"

#include <array>

namespace newsgraph::core {

using namespace datetext;
using calendar::addDays;
using calendar::addMonths;
using calendar::Day;
using calendar::iso;
using calendar::valid;
using utf8::after;

std::optional<DateScanner::Found> DateScanner::match(std::size_t pos) const
{
    const char32_t cp = utf8::at(text_, pos);
    if (utf8::isAsciiDigit(cp)) {
        if (auto found = numericDate(pos))
            return found;
        if (auto found = yearDate(pos))
            return found;
        if (auto found = agoDate(pos))
            return found;
        return monthOrDay(pos, Anchor::Bare);
    }
    return relativeWord(pos);
}

// "2024-03-14", "2024.3.14", "2024. 3. 14", "2024/03/14".
std::optional<DateScanner::Found> DateScanner::numericDate(std::size_t pos) const
{
    std::size_t p = pos;
    const auto year = readNumber(text_, p, 4, 4);
    if (!year)
        return std::nullopt;
    const char separator = p < text_.size() ? text_[p] : '\0';
    if (separator != '-' && separator != '.' && separator != '/')
        return std::nullopt;
    p = skipSpaces(text_, p + 1);
    const auto month = readNumber(text_, p, 1, 2);
    if (!month || p >= text_.size() || text_[p] != separator)
        return std::nullopt;
    p = skipSpaces(text_, p + 1);
    const auto day = readNumber(text_, p, 1, 2);
    if (!day || !valid(*year, *month, *day) || utf8::isAsciiAlpha(utf8::at(text_, p)))
        return std::nullopt;
    return Found{p, iso({*year, *month, *day}), false};
}

// "2024년", "2024년 3월", "2024년 3월 14일", "2016∼2017년", "2024年3月14日".
std::optional<DateScanner::Found> DateScanner::yearDate(std::size_t pos) const
{
    std::size_t p = pos;
    auto year = readNumber(text_, p, 4, 4);
    if (!year) { // "98년도", "'02년": two-digit years only where the form says they are years
        std::size_t before = pos;
        const char32_t previous = pos > 0 ? utf8::previous(text_, before) : 0;
        const auto twoDigits = readNumber(text_, p, 2, 2);
        if (!twoDigits
            || !(startsWith(text_, p, "년도") || ((previous == '\'' || previous == U'’') && startsWith(text_, p, "년"))))
            return std::nullopt;
        year = *twoDigits >= 50 ? 1900 + *twoDigits : 2000 + *twoDigits;
    }
    if (isRangeDash(utf8::at(text_, p))) { // the range gives its start
        std::size_t q = after(text_, p);
        if (readNumber(text_, q, 4, 4) || readNumber(text_, q, 2, 2))
            p = q;
    }
    const bool korean = startsWith(text_, p, "년");
    if (!korean && !startsWith(text_, p, "年"))
        return std::nullopt;
    p += 3;
    if (startsWith(text_, p, "대") || startsWith(text_, p, "간") || !valid(*year, 0, 0))
        return std::nullopt; // "2020년대" is a decade
    if (startsWith(text_, p, "경"))
        p += 3;
    Day date{*year, 0, 0};
    std::size_t end = p;
    std::size_t q = korean ? skipSpaces(text_, p) : p;
    if (auto month = readMonthDay(q, date.year, korean)) {
        date.month = month->month;
        date.day = month->day;
        end = q;
    }
    if (!wordEnds(text_, end))
        return std::nullopt;
    return Found{end, iso(date), false};
}

// "3월", "3월 14일", "3~4월", "3월 7~8일"; advances pos on success.
std::optional<DateScanner::MonthDay> DateScanner::readMonthDay(std::size_t& pos, int year, bool korean) const
{
    const std::string_view monthMark = korean ? "월" : "月";
    const std::string_view dayMark = korean ? "일" : "日";
    std::size_t p = pos;
    const auto month = readNumber(text_, p, 1, 2);
    if (!month)
        return std::nullopt;
    skipRange(p, 2);
    if (!startsWith(text_, p, monthMark) || *month < 1 || *month > 12)
        return std::nullopt;
    p += monthMark.size();
    MonthDay result{*month, 0};
    std::size_t q = korean ? skipSpaces(text_, p) : p;
    if (auto day = readNumber(text_, q, 1, 2)) {
        skipRange(q, 2);
        if (startsWith(text_, q, dayMark) && valid(year == 0 ? 2000 : year, *month, *day)
            && !isDuration(q + dayMark.size())) {
            result.day = *day;
            p = q + dayMark.size();
        }
    }
    if (!wordEnds(text_, p))
        return std::nullopt;
    pos = p;
    return result;
}

// "7~8": skips the second part of a range.
void DateScanner::skipRange(std::size_t& pos, int maxDigits) const
{
    if (!isRangeDash(utf8::at(text_, pos)))
        return;
    std::size_t q = after(text_, pos);
    if (readNumber(text_, q, 1, maxDigits))
        pos = q;
}

// "최대 11일", "약 3일": a number of days, not a day of the month.
bool DateScanner::followsQuantityWord(std::size_t pos) const
{
    static constexpr std::array words = {"최대", "최장", "최소", "약", "총", "무려", "불과", "단", "꼬박", "매"};
    std::size_t end = pos;
    while (end > 0 && text_[end - 1] == ' ')
        --end;
    for (std::string_view word : words) {
        if (end >= word.size() && text_.substr(end - word.size(), word.size()) == word) {
            std::size_t start = end - word.size();
            if (start == 0 || !utf8::isHangulSyllable(utf8::previous(text_, start)))
                return true;
        }
    }
    return false;
}

// "3일간", "10일 동안", "5일 만에", "3일째": how long, not when.
bool DateScanner::isDuration(std::size_t pos) const
{
    static constexpr std::array attached = {"간", "째", "치", "장", "분"};
    for (std::string_view word : attached) {
        if (startsWith(text_, pos, word))
            return true;
    }
    const std::size_t q = skipSpaces(text_, pos);
    static constexpr std::array following = {"동안", "만에", "만의", "만이", "이내", "연속", "넘게", "이상", "미만", "가량", "정도"};
    for (std::string_view word : following) {
        if (startsWith(text_, q, word))
            return true;
    }
    return false;
}

} // namespace newsgraph::core
