// Absolute and relative Korean dates, resolved against the article's publication date.
#include "DateResolver.h"

#include "CalendarDay.h"
#include "MatcherText.h"
#include "text/Utf8.h"

#include <array>
#include <optional>

namespace newsgraph::core {
namespace {

using calendar::addDays;
using calendar::addMonths;
using calendar::Day;
using calendar::iso;
using calendar::parsePublication;
using calendar::valid;

using utf8::at;

using utf8::after;

constexpr auto isDigit = utf8::isAsciiDigit;

bool startsWith(std::string_view text, std::size_t pos, std::string_view word)
{
    return text.substr(pos).starts_with(word);
}

// Up to `maxDigits` ASCII digits (not followed by another digit).
std::optional<int> readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits)
{
    std::size_t p = pos;
    int value = 0, count = 0;
    while (p < text.size() && isDigit(static_cast<unsigned char>(text[p]))) {
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
    while (pos < text.size() && utf8::isSpace(at(text, pos)))
        pos = after(text, pos);
    return pos;
}

bool isRangeDash(char32_t cp)
{
    return cp == '~' || cp == U'∼' || cp == U'〜' || cp == U'～' || cp == '-' || cp == U'–';
}

// Bound words that may follow a date directly ("12일자", "2006년경", "3월호", "1952년생", "24일오후").
constexpr std::array<std::string_view, 19> dateSuffixes = {
    "자", "께", "경", "쯤", "초", "말", "중순", "하순", "상순", "생", "도", "들어", "오전", "오후", "새벽", "밤", "저녁", "호", "이후",
};

// The word may end here: no Hangul follows, or only particles do ("지난해에는", "17일까지"),
// possibly after one bound word ("12일자로").
bool wordEnds(std::string_view text, std::size_t pos)
{
    if (!utf8::isHangulSyllable(at(text, pos)))
        return true;
    std::size_t end = pos;
    while (end < text.size() && utf8::isHangulSyllable(at(text, end)))
        end = after(text, end);
    const std::string_view run = text.substr(pos, end - pos);
    if (matcher::isParticleSequence(run))
        return true;
    for (std::string_view suffix : dateSuffixes) {
        if (run.starts_with(suffix) && matcher::isParticleSequence(run.substr(suffix.size())))
            return true;
    }
    return false;
}

struct Found {
    std::size_t end = 0;
    std::string iso;
    bool relative = false;
};

class Scanner
{
public:
    Scanner(std::string_view text, std::optional<Day> publication) : text_(text), pub_(publication) {}

    std::optional<Found> match(std::size_t pos) const
    {
        const char32_t cp = core::at(text_, pos);
        if (isDigit(cp)) {
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

private:
    enum class Anchor { Bare, Past, Future };

    // "2024-03-14", "2024.3.14", "2024. 3. 14", "2024/03/14".
    std::optional<Found> numericDate(std::size_t pos) const
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
        if (!day || !valid(*year, *month, *day) || utf8::isAsciiAlpha(core::at(text_, p)))
            return std::nullopt;
        return Found{p, iso({*year, *month, *day}), false};
    }

    // "2024년", "2024년 3월", "2024년 3월 14일", "2016∼2017년", "2024年3月14日".
    std::optional<Found> yearDate(std::size_t pos) const
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
        if (isRangeDash(core::at(text_, p))) { // the range gives its start
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

    struct MonthDay {
        int month = 0, day = 0;
    };

    // "3월", "3월 14일", "3~4월", "3월 7~8일"; advances pos on success.
    std::optional<MonthDay> readMonthDay(std::size_t& pos, int year, bool korean = true) const
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
    void skipRange(std::size_t& pos, int maxDigits) const
    {
        if (!isRangeDash(core::at(text_, pos)))
            return;
        std::size_t q = after(text_, pos);
        if (readNumber(text_, q, 1, maxDigits))
            pos = q;
    }

    // "최대 11일", "약 3일": a number of days, not a day of the month.
    bool followsQuantityWord(std::size_t pos) const
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
    bool isDuration(std::size_t pos) const
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

    // "3년 전", "6개월 전", "10일 전".
    std::optional<Found> agoDate(std::size_t pos) const
    {
        std::size_t p = pos;
        const auto count = readNumber(text_, p, 1, 3);
        if (!count)
            return std::nullopt;
        enum { Years, Months, Days } unit;
        if (startsWith(text_, p, "년"))
            unit = Years, p += 3;
        else if (startsWith(text_, p, "개월"))
            unit = Months, p += 6;
        else if (startsWith(text_, p, "일"))
            unit = Days, p += 3;
        else
            return std::nullopt;
        const std::size_t q = skipSpaces(text_, p);
        if (!startsWith(text_, q, "전") || !wordEnds(text_, q + 3))
            return std::nullopt;
        Found found{q + 3, "", true};
        if (pub_) {
            if (unit == Years)
                found.iso = iso({pub_->year - *count, 0, 0});
            else if (unit == Months)
                found.iso = iso(addMonths(pub_->year, pub_->month, -*count));
            else if (pub_->day > 0)
                found.iso = iso(addDays(*pub_, -*count));
        }
        return found;
    }

    // "3월", "3월 14일" (year of publication), "17일" (month of publication); with 지난/오는 anchors.
    std::optional<Found> monthOrDay(std::size_t pos, Anchor anchor) const
    {
        std::size_t p = pos;
        if (auto monthDay = readMonthDay(p, pub_ ? pub_->year : 0)) {
            Found found{p, "", true};
            if (pub_) {
                int year = pub_->year;
                const bool later = monthDay->month > pub_->month
                    || (monthDay->month == pub_->month && monthDay->day > 0 && pub_->day > 0 && monthDay->day > pub_->day);
                const bool earlier = monthDay->month < pub_->month
                    || (monthDay->month == pub_->month && monthDay->day > 0 && monthDay->day < pub_->day);
                if (anchor == Anchor::Past && later)
                    --year;
                if (anchor == Anchor::Future && earlier)
                    ++year;
                if (valid(year, monthDay->month, monthDay->day))
                    found.iso = iso({year, monthDay->month, monthDay->day});
            }
            return found;
        }
        p = pos;
        const auto day = readNumber(text_, p, 1, 2);
        if (!day || *day < 1 || *day > 31 || (anchor == Anchor::Bare && followsQuantityWord(pos)))
            return std::nullopt;
        skipRange(p, 2);
        if (!startsWith(text_, p, "일") || isDuration(p + 3) || !wordEnds(text_, p + 3))
            return std::nullopt;
        Found found{p + 3, "", true};
        if (pub_ && pub_->day > 0) {
            Day date{pub_->year, pub_->month, *day};
            // 지난 N일: the latest such day on or before publication; 오는 N일: on or after.
            for (int step = 0; step < 3; ++step) {
                const bool inRange = anchor == Anchor::Past ? date.day <= pub_->day || date.month != pub_->month
                                    : anchor == Anchor::Future ? date.day >= pub_->day || date.month != pub_->month
                                                               : true;
                if (valid(date.year, date.month, date.day) && inRange)
                    break;
                const Day moved = addMonths(date.year, date.month, anchor == Anchor::Future ? 1 : -1);
                date = {moved.year, moved.month, *day};
            }
            if (valid(date.year, date.month, date.day))
                found.iso = iso(date);
        }
        return found;
    }

    std::optional<Found> relativeWord(std::size_t pos) const
    {
        struct Relative {
            std::string_view word;
            int years, months, days;
            bool monthLevel, dayLevel;
        };
        static constexpr std::array<Relative, 22> words{{
            {"재작년", -2, 0, 0, false, false}, {"지난해", -1, 0, 0, false, false}, {"작년", -1, 0, 0, false, false},
            {"지난 해", -1, 0, 0, false, false}, {"지난 달", 0, -1, 0, true, false},
            {"올해", 0, 0, 0, false, false},    {"금년", 0, 0, 0, false, false},    {"내후년", 2, 0, 0, false, false},
            {"내년", 1, 0, 0, false, false},    {"지난달", 0, -1, 0, true, false},  {"이번 달", 0, 0, 0, true, false},
            {"이번달", 0, 0, 0, true, false},   {"이달", 0, 0, 0, true, false},     {"다음 달", 0, 1, 0, true, false},
            {"다음달", 0, 1, 0, true, false},   {"내달", 0, 1, 0, true, false},     {"그저께", 0, 0, -2, true, true},
            {"그끄저께", 0, 0, -3, true, true}, {"어제", 0, 0, -1, true, true},     {"오늘", 0, 0, 0, true, true},
            {"내일", 0, 0, 1, true, true},      {"모레", 0, 0, 2, true, true},
        }};
        if (startsWith(text_, pos, "올 ")) { // "올 3월", "올 상반기": this year
            std::size_t q = skipSpaces(text_, pos + 3);
            if (auto monthDay = readMonthDay(q, pub_ ? pub_->year : 0)) {
                Found found{q, "", true};
                if (pub_)
                    found.iso = iso({pub_->year, monthDay->month, monthDay->day});
                return found;
            }
            static constexpr std::array periods = {"상반기", "하반기", "1분기", "2분기", "3분기", "4분기", "연말", "연초", "들어", "한 해", "초", "말"};
            for (std::string_view period : periods) {
                if (startsWith(text_, q, period))
                    return Found{pos + 3, pub_ ? iso({pub_->year, 0, 0}) : "", true};
            }
            return std::nullopt;
        }
        const bool spacedWord = startsWith(text_, pos, "지난 달") || startsWith(text_, pos, "지난 해");
        if (!spacedWord && (startsWith(text_, pos, "지난 ") || startsWith(text_, pos, "오는 "))) {
            const Anchor anchor = startsWith(text_, pos, "지난") ? Anchor::Past : Anchor::Future;
            const std::size_t q = skipSpaces(text_, pos + 6);
            if (anchor == Anchor::Past) {
                if (auto year = yearDate(q)) // "지난 2014년": absolute
                    return year;
            }
            if (auto found = monthOrDay(q, anchor))
                return found;
            return std::nullopt;
        }
        for (const Relative& relative : words) {
            if (!startsWith(text_, pos, relative.word))
                continue;
            std::size_t p = pos + relative.word.size();
            Found found{p, "", true};
            if (!relative.monthLevel) { // a year, maybe with month and day: "지난해 10월 3일"
                const int year = pub_ ? pub_->year + relative.years : 0;
                std::size_t q = skipSpaces(text_, p);
                Day date{year, 0, 0};
                if (auto monthDay = readMonthDay(q, year)) {
                    date.month = monthDay->month;
                    date.day = monthDay->day;
                    p = q;
                } else if (!wordEnds(text_, p)) {
                    return std::nullopt;
                }
                found.end = p;
                if (pub_ && valid(date.year, date.month, date.day))
                    found.iso = iso(date);
                return found;
            }
            if (!relative.dayLevel) { // a month, maybe with a day: "지난달 10일"
                std::size_t q = skipSpaces(text_, p);
                int day = 0;
                std::size_t r = q;
                if (auto number = readNumber(text_, r, 1, 2); number && startsWith(text_, r, "일")
                    && !isDuration(r + 3) && wordEnds(text_, r + 3)) {
                    day = *number;
                    p = r + 3;
                } else if (!wordEnds(text_, p)) {
                    return std::nullopt;
                }
                found.end = p;
                if (pub_ && pub_->month > 0) {
                    Day date = addMonths(pub_->year, pub_->month, relative.months);
                    date.day = day;
                    if (valid(date.year, date.month, date.day))
                        found.iso = iso(date);
                }
                return found;
            }
            if (!wordEnds(text_, p) || startsWith(text_, p, "날"))
                return std::nullopt; // "오늘날" means nowadays
            if (pub_ && pub_->day > 0)
                found.iso = iso(addDays(*pub_, relative.days));
            return found;
        }
        return std::nullopt;
    }

    std::string_view text_;
    std::optional<Day> pub_;
};

// Dates start a word: not inside "A2024", "1.5" or "한2024".
bool mayStartAt(std::string_view text, std::size_t pos)
{
    if (pos == 0)
        return true;
    std::size_t p = pos;
    const char32_t previous = utf8::previous(text, p);
    const char32_t current = at(text, pos);
    if (isDigit(previous) || utf8::isAsciiAlpha(previous) || previous == '.' || previous == ',')
        return false;
    if (utf8::isHangulSyllable(previous) && (utf8::isHangulSyllable(current) || isDigit(current)))
        return false; // "최대11일", "지난해" inside a word
    return true;
}

} // namespace

std::vector<DateMatch> findDates(std::string_view sentence, std::string_view publicationDate)
{
    const Scanner scanner(sentence, parsePublication(publicationDate));
    std::vector<DateMatch> matches;
    std::size_t pos = 0;
    while (pos < sentence.size()) {
        if (mayStartAt(sentence, pos)) {
            if (auto found = scanner.match(pos)) {
                matches.push_back({pos, found->end, found->iso, found->relative});
                pos = found->end;
                continue;
            }
        }
        pos = after(sentence, pos);
    }
    return matches;
}

} // namespace newsgraph::core
