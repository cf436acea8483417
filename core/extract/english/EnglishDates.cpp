#include "extract/english/EnglishDates.h"

#include "extract/CalendarDay.h"
#include "extract/english/EnglishTokens.h"

#include <array>
#include <charconv>

namespace newsgraph::core {
namespace {

using Tokens = std::vector<EnglishToken>;

int monthNumber(std::string_view w)
{
    static constexpr std::array<std::string_view, 12> full{"january",   "february", "march",    "april",
                                                           "may",       "june",     "july",     "august",
                                                           "september", "october",  "november", "december"};
    for (int m = 0; m < 12; ++m)
        if (w == full[m] || (w.size() >= 3 && w.size() <= 4 && full[m].starts_with(w) && w != "marc"))
            return m + 1;
    return 0;
}

int weekdayNumber(std::string_view w)
{
    static constexpr std::array<std::string_view, 7> days{"monday", "tuesday",  "wednesday", "thursday",
                                                          "friday", "saturday", "sunday"};
    for (int d = 0; d < 7; ++d)
        if (w == days[d])
            return d;
    return -1;
}

int number(std::string_view w, int maxDigits)
{
    // "11th", "1st": ordinal endings are allowed after a day number.
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9')
        ++digits;
    if (digits == 0 || int(digits) > maxDigits)
        return -1;
    const std::string_view rest = w.substr(digits);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th")
        return -1;
    int value = 0;
    std::from_chars(w.data(), w.data() + digits, value);
    return value;
}

int year(const Tokens& t, std::size_t i)
{
    if (i >= t.size() || !t[i].isWord() || t[i].text.size() != 4)
        return -1;
    const int y = number(t[i].text, 4);
    return (y >= 1900 && y <= 2099) ? y : -1;
}

bool isWord(const Tokens& t, std::size_t i, std::string_view lower)
{
    return i < t.size() && t[i].lower == lower;
}

// Index after an optional "." (Jun.) or "," at i.
std::size_t skip(const Tokens& t, std::size_t i, char c)
{
    return (i < t.size() && t[i].isPunct(c)) ? i + 1 : i;
}

struct Reading
{
    std::size_t next = 0; // first token after the date
    std::string iso;
    bool relative = false;
};

class EnglishDateReader
{
public:
    EnglishDateReader(const Tokens& tokens, std::optional<calendar::Day> pub) : t_(tokens), pub_(pub) {}

    std::optional<Reading> read(std::size_t i) const
    {
        if (auto r = monthFirst(i))
            return r;
        if (auto r = dayFirst(i))
            return r;
        if (auto r = isoDate(i))
            return r;
        if (auto r = relativeWords(i))
            return r;
        return yearAfterPreposition(i);
    }

private:
    std::optional<Reading> resolved(std::size_t next, int y, int m, int d) const
    {
        if (y > 0)
            return Reading{next, calendar::iso({y, m, d}), false};
        if (!pub_)
            return Reading{next, "", true};
        return Reading{next, calendar::iso({pub_->year, m, d}), true};
    }

    // "June 11, 2024", "Jun. 11", "June 2024", "in June"
    std::optional<Reading> monthFirst(std::size_t i) const
    {
        if (!t_[i].isWord() || !t_[i].capitalised())
            return std::nullopt;
        const int m = monthNumber(t_[i].lower);
        if (m == 0)
            return std::nullopt;
        std::size_t j = skip(t_, i + 1, '.');
        if (j < t_.size()) {
            const int d = number(t_[j].text, 2);
            if (d >= 1 && d <= 31) {
                const std::size_t k = skip(t_, j + 1, ',');
                const int y = year(t_, k);
                if (y > 0 && calendar::valid(y, m, d))
                    return resolved(k + 1, y, m, d);
                return resolved(j + 1, 0, m, d);
            }
            const int y = year(t_, j);
            if (y > 0)
                return resolved(j + 1, y, m, 0);
        }
        // A month alone is a date only after a preposition: "in March", "since May", "last June".
        static constexpr std::array<std::string_view, 11> preps{
            "in", "since", "until", "last", "by", "early", "late", "mid", "next", "from", "of"};
        bool afterPreposition = false;
        for (std::string_view p : preps)
            afterPreposition = afterPreposition || isWord(t_, i - 1, p);
        if (i == 0 || !afterPreposition)
            return std::nullopt;
        if (!pub_)
            return Reading{j, "", true};
        int y = pub_->year;
        // "last March" is the latest March before publication; "next March" the first one after it.
        if (isWord(t_, i - 1, "last") && m >= pub_->month)
            --y;
        if (isWord(t_, i - 1, "next") && m <= pub_->month)
            ++y;
        return Reading{j, calendar::iso({y, m, 0}), true};
    }

    // "11 June 2024", "11 June"
    std::optional<Reading> dayFirst(std::size_t i) const
    {
        const int d = t_[i].isWord() ? number(t_[i].text, 2) : -1;
        if (d < 1 || d > 31 || i + 1 >= t_.size() || !t_[i + 1].capitalised())
            return std::nullopt;
        const int m = monthNumber(t_[i + 1].lower);
        if (m == 0)
            return std::nullopt;
        const std::size_t j = skip(t_, i + 2, '.');
        const int y = year(t_, skip(t_, j, ','));
        if (y > 0 && calendar::valid(y, m, d))
            return resolved(skip(t_, j, ',') + 1, y, m, d);
        return resolved(j, 0, m, d);
    }

    // "2024-06-11"
    std::optional<Reading> isoDate(std::size_t i) const
    {
        const std::string_view w = t_[i].text;
        if (w.size() != 10 || w[4] != '-' || w[7] != '-')
            return std::nullopt;
        const int y = number(w.substr(0, 4), 4), m = number(w.substr(5, 2), 2), d = number(w.substr(8, 2), 2);
        if (!calendar::valid(y, m, d))
            return std::nullopt;
        return Reading{i + 1, calendar::iso({y, m, d}), false};
    }

    // "last year", "this month", "yesterday", "on Tuesday", "three years ago"
    std::optional<Reading> relativeWords(std::size_t i) const
    {
        const std::string_view w = t_[i].lower;
        auto relative = [&](std::size_t next, calendar::Day d) {
            return Reading{next, pub_ ? calendar::iso(d) : "", true};
        };
        const calendar::Day p = pub_.value_or(calendar::Day{});
        const bool shift = w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later";
        if (shift && i + 1 < t_.size()) {
            std::size_t j = i + 1;
            if ((w == "earlier" || w == "later") && isWord(t_, j, "this"))
                ++j;
            else if (w == "earlier" || w == "later")
                return std::nullopt;
            const int step = w == "last" ? -1 : (w == "next" ? 1 : 0);
            if (isWord(t_, j, "year"))
                return relative(j + 1, {p.year + step, 0, 0});
            if (isWord(t_, j, "month")) {
                const calendar::Day m = calendar::addMonths(p.year, p.month, step);
                return relative(j + 1, m);
            }
            if (isWord(t_, j, "week"))
                return relative(j + 1, pub_ && p.day ? calendar::addDays(p, 7 * step)
                                                     : calendar::Day{p.year, p.month, 0});
        }
        if (w == "yesterday" && pub_ && p.day)
            return relative(i + 1, calendar::addDays(p, -1));
        if (w == "today" && pub_ && p.day)
            return relative(i + 1, p);
        const int wd = weekdayNumber(w);
        // "on Tuesday", "last Friday", wire style "said Wednesday"
        if (wd >= 0 && i > 0 &&
            (isWord(t_, i - 1, "on") || isWord(t_, i - 1, "last") || isWord(t_, i - 1, "said") ||
             isWord(t_, i - 1, "announced")) &&
            t_[i].capitalised()) {
            if (!pub_ || !p.day)
                return Reading{i + 1, "", true};
            // News reports the past: "on Tuesday" is the latest Tuesday up to the publication day.
            const int back = (weekdayOf(p.year, p.month, p.day) - wd + 7) % 7;
            return relative(i + 1, calendar::addDays(p, -back));
        }
        // "three years ago", "2 months ago"
        static constexpr std::array<std::string_view, 11> words{
            "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        int n = number(t_[i].text, 2);
        for (std::size_t k = 0; k < words.size(); ++k)
            if (w == words[k])
                n = k == 0 ? 1 : int(k);
        if (n > 0 && i + 2 < t_.size() && isWord(t_, i + 2, "ago")) {
            const std::string_view unit = t_[i + 1].lower;
            if (unit == "year" || unit == "years")
                return relative(i + 3, {p.year - n, 0, 0});
            if (unit == "month" || unit == "months")
                return relative(i + 3, calendar::addMonths(p.year, p.month, -n));
        }
        return std::nullopt;
    }

    // "in 2019", "since 2019", "by 2030", "early 2023"
    std::optional<Reading> yearAfterPreposition(std::size_t i) const
    {
        const int y = year(t_, i);
        if (y < 0 || i == 0)
            return std::nullopt;
        static constexpr std::array<std::string_view, 10> preps{"in",   "since", "by", "until", "early",
                                                                "late", "mid",   "of", "from",  "during"};
        for (std::string_view p : preps)
            if (t_[i - 1].lower == p)
                return Reading{i + 1, std::to_string(y), false};
        return std::nullopt;
    }

    const Tokens& t_;
    std::optional<calendar::Day> pub_;
};

} // namespace

int weekdayOf(int y, int m, int d)
{
    // Days since 1970-01-01 (a Thursday), after Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const long days = long(era) * 146097 + doe - 719468;
    return int(((days % 7) + 7 + 3) % 7);
}

std::vector<DateMatch> findEnglishDates(std::string_view sentence, std::string_view publicationDate)
{
    const Tokens tokens = tokenizeEnglish(sentence);
    const EnglishDateReader reader(tokens, calendar::parsePublication(publicationDate));
    std::vector<DateMatch> matches;
    for (std::size_t i = 0; i < tokens.size();) {
        auto r = tokens[i].kind == EnglishToken::Kind::Word ? reader.read(i) : std::nullopt;
        if (!r || r->next <= i) {
            ++i;
            continue;
        }
        matches.push_back({tokens[i].begin, tokens[r->next - 1].end, r->iso, r->relative});
        i = r->next;
    }
    return matches;
}

} // namespace newsgraph::core
