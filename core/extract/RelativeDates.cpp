// Dates relative to publication: "3년 전", "지난 10일", "오는 3월", "지난해 10월", "올 상반기", "어제".
#include "extract/DateScanner.h"

#include "extract/DateText.h"
#include "text/Utf8.h"

#include <algorithm>
#include <array>
#include <vector>

namespace newsgraph::core {

using namespace datetext;
using calendar::addDays;
using calendar::addMonths;
using calendar::Day;
using calendar::iso;
using calendar::valid;
using utf8::after;

// "3년 전", "6개월 전", "10일 전".
std::optional<DateScanner::Found> DateScanner::agoDate(std::size_t pos) const
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
std::optional<DateScanner::Found> DateScanner::monthOrDay(std::size_t pos, Anchor anchor) const
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

std::optional<DateScanner::Found> DateScanner::relativeWord(std::size_t pos) const
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
    // Every form below starts with one of a dozen syllables: testing that first spares most word
    // starts the thirty comparisons.
    static const std::vector<char32_t> firstSyllables = [] {
        std::vector<char32_t> first{utf8::at("올 ", 0), utf8::at("지난 ", 0), utf8::at("오는 ", 0)};
        for (const Relative& relative : words)
            first.push_back(utf8::at(relative.word, 0));
        std::sort(first.begin(), first.end());
        first.erase(std::unique(first.begin(), first.end()), first.end());
        return first;
    }();
    if (!std::binary_search(firstSyllables.begin(), firstSyllables.end(), utf8::at(text_, pos)))
        return std::nullopt;
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



} // namespace newsgraph::core
