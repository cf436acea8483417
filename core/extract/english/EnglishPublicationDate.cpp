#include "extract/english/EnglishPublicationDate.h"

#include "extract/english/EnglishDates.h"
#include "extract/english/EnglishTokens.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace newsgraph::core {
namespace {

bool isLabel(std::string_view w)
{
    static constexpr std::string_view labels[] = {"published", "posted", "date", "dated",
                                                  "updated",   "first",  "on",   "last"};
    for (std::string_view l : labels)
        if (w == l)
            return true;
    return false;
}

bool isWeekday(std::string_view w)
{
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
           w == "saturday" || w == "sunday";
}

// "10:32", "3:05", "PM", "GMT", "UTC+9", "|": what may follow the date on its line.
bool isClockWord(const EnglishToken& t)
{
    if (t.kind != EnglishToken::Kind::Word)
        return true;
    const std::string_view w = t.lower;
    if (w == "am" || w == "pm" || w == "a.m" || w == "p.m" || w == "at")
        return true;
    bool digits = true;
    for (char c : w)
        digits = digits && ((c >= '0' && c <= '9') || c == '+' || c == '-');
    if (digits)
        return true;
    bool upper = t.text.size() <= 4;
    for (char c : t.text)
        upper = upper && c >= 'A' && c <= 'Z';
    return upper; // GMT, ET, KST, BST
}

} // namespace

std::optional<std::string> parseEnglishPublicationDate(std::string_view line)
{
    // A full date needs a year in ASCII digits (no publication date to resolve "June 11" against),
    // and most lines have none: they are spared tokenising, which every Korean article paid for.
    if (line.find_first_of("0123456789") == std::string_view::npos)
        return std::nullopt;
    const std::vector<EnglishToken> tokens = tokenizeEnglish(line);
    std::size_t i = 0;
    while (i < tokens.size() &&
           (!tokens[i].isWord() || isLabel(tokens[i].lower) || isWeekday(tokens[i].lower)))
        ++i;
    if (i >= tokens.size())
        return std::nullopt;
    const std::string_view rest = line.substr(tokens[i].begin);
    const std::vector<DateMatch> dates = findEnglishDates(rest, "");
    if (dates.empty() || dates.front().begin != 0 || dates.front().iso.size() != 10)
        return std::nullopt;
    std::string iso = dates.front().iso;
    // Whatever follows must be a clock time or a zone, and a time is kept: "3:05 PM" -> T15:05.
    const std::vector<EnglishToken> tail = tokenizeEnglish(rest.substr(dates.front().end));
    int hour = -1, minute = -1;
    bool pm = false;
    for (std::size_t k = 0; k < tail.size(); ++k) {
        if (!isClockWord(tail[k]))
            return std::nullopt;
        if (tail[k].lower == "pm" || tail[k].lower == "p.m")
            pm = true;
        if (tail[k].isPunct(':') && k > 0 && k + 1 < tail.size() && hour < 0) {
            std::from_chars(tail[k - 1].text.data(), tail[k - 1].text.data() + tail[k - 1].text.size(), hour);
            std::from_chars(tail[k + 1].text.data(), tail[k + 1].text.data() + tail[k + 1].text.size(),
                            minute);
        }
    }
    if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
        if (pm && hour < 12)
            hour += 12;
        char clock[8];
        std::snprintf(clock, sizeof clock, "T%02d:%02d", hour, minute);
        iso += clock;
    }
    return iso;
}

std::string englishPublicationDate(const Article& article)
{
    if (!article.metadata.publishedDate.empty())
        return article.metadata.publishedDate;
    // Header lines come first; the first body sentence of real prose ends the header.
    std::size_t looked = 0;
    for (const Sentence& s : article.sentences) {
        if (++looked > 6)
            break;
        if (auto iso = parseEnglishPublicationDate(s.text))
            return *iso;
    }
    return {};
}

} // namespace newsgraph::core
