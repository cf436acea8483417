// Hand-written scanning instead of std::regex: it runs on every short line of every article.
#include "text/PublicationDate.h"

#include "text/PortalNoise.h"
#include "text/Utf8.h"

#include <array>
#include <cstdio>
#include <utility>

namespace newsgraph::core {
namespace {

struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool done() const { return pos >= text.size(); }
    bool eat(std::string_view token)
    {
        if (text.substr(pos).starts_with(token)) {
            pos += token.size();
            return true;
        }
        return false;
    }
    void skipSpaces()
    {
        while (!done() && (text[pos] == ' ' || text[pos] == '\t'))
            ++pos;
    }
    // Up to `maxDigits` digits; -1 when there is none.
    int number(std::size_t maxDigits)
    {
        int value = 0;
        std::size_t count = 0;
        while (!done() && count < maxDigits && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + (text[pos] - '0');
            ++pos;
            ++count;
        }
        return count == 0 ? -1 : value;
    }
};

// Time after a date: "03시 00분", "10:21", "T09:30:00", "오후 3:05", "PM 3:05".
std::optional<std::pair<int, int>> parseTime(Cursor& cursor)
{
    Cursor probe = cursor;
    probe.skipSpaces();
    probe.eat("T");
    int offset = 0;
    if (probe.eat("오후") || probe.eat("PM") || probe.eat("pm"))
        offset = 12;
    else
        (void)(probe.eat("오전") || probe.eat("AM") || probe.eat("am"));
    probe.skipSpaces();
    int hour = probe.number(2);
    if (hour < 0)
        return std::nullopt;
    int minute = -1;
    if (probe.eat(":")) {
        minute = probe.number(2);
        if (probe.eat(":"))
            probe.number(2);
    } else if (probe.eat("시")) {
        probe.skipSpaces();
        minute = probe.number(2);
        if (minute < 0)
            minute = 0;
        else
            probe.eat("분");
    }
    if (minute < 0 || minute > 59)
        return std::nullopt;
    if (offset == 12 && hour < 12)
        hour += 12;
    if (hour > 23)
        return std::nullopt;
    cursor = probe;
    return std::pair{hour, minute};
}

bool isWeekdayParenthesis(std::string_view text)
{
    // "(화)", "(Tue)"
    const std::size_t close = text.find(')');
    return text.starts_with("(") && close != std::string_view::npos && close <= 6;
}

// Labels, longest first so "기사입력" wins over "입력", with the priority they give.
constexpr std::array<std::pair<std::string_view, int>, 19> labels = {{
    {"기사입력", 3}, {"최초입력", 3}, {"입력", 3}, {"등록일", 3}, {"등록", 3}, {"송고", 3}, {"작성", 3},
    {"Published", 3}, {"published", 3}, {"date", 3}, {"Date", 3}, {"승인", 2}, {"게재", 2}, {"발행", 2},
    {"최종수정", 0}, {"수정", 0}, {"업데이트", 0}, {"Updated", 0}, {"updated", 0},
}};

} // namespace

std::optional<std::string> parseLeadingDate(std::string_view text)
{
    Cursor cursor{text};
    cursor.skipSpaces();
    cursor.eat(":");
    cursor.skipSpaces();
    const int year = cursor.number(4);
    if (year < 1900 || year > 2100)
        return std::nullopt;
    const bool korean = cursor.eat("년");
    if (!korean && !(cursor.eat(".") || cursor.eat("-") || cursor.eat("/")))
        return std::nullopt;
    cursor.skipSpaces();
    const int month = cursor.number(2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (korean ? !cursor.eat("월") : !(cursor.eat(".") || cursor.eat("-") || cursor.eat("/")))
        return std::nullopt;
    cursor.skipSpaces();
    const int day = cursor.number(2);
    if (day < 1 || day > 31)
        return std::nullopt;
    if (korean)
        cursor.eat("일");
    else
        cursor.eat(".");
    cursor.skipSpaces();
    if (isWeekdayParenthesis(cursor.text.substr(cursor.pos)))
        cursor.pos = cursor.text.find(')', cursor.pos) + 1;

    char buffer[32];
    const auto time = parseTime(cursor);
    if (time)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d", year, month, day, time->first, time->second);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

std::optional<DateMention> findDateMention(std::string_view rawLine)
{
    const std::string_view line = stripBullet(utf8::trim(rawLine));
    if (line.empty() || utf8::countCodePoints(line) > 80)
        return std::nullopt;
    std::size_t digits = 0;
    for (const char c : line)
        digits += c >= '0' && c <= '9';
    if (digits < 6) // a year and a month and a day at least: "2024.5.2"
        return std::nullopt;
    // Try each label occurrence; a line may hold both 입력 and 수정, the caller keeps the best.
    std::optional<DateMention> best;
    for (const auto& [label, priority] : labels) {
        for (std::size_t at = line.find(label); at != std::string_view::npos; at = line.find(label, at + 1)) {
            // "입력" inside "기사입력" is found by the longer label already; skip overlapping hits.
            if (label == "입력" && at >= 6 && (line.substr(at - 6, 6) == "기사" || line.substr(at - 6, 6) == "최초"))
                continue;
            if (at > 0 && utf8::isAsciiAlpha(static_cast<unsigned char>(line[at - 1])))
                continue; // "Updated" must not count as "date"
            if (label == "수정" && at >= 6 && line.substr(at - 6, 6) == "최종")
                continue;
            std::string_view rest = line.substr(at + label.size());
            while (rest.starts_with(" ") || rest.starts_with(":") || rest.starts_with("일") || rest.starts_with("시간"))
                rest.remove_prefix(rest.starts_with("시간") ? 6 : rest.starts_with("일") ? 3 : 1);
            if (auto iso = parseLeadingDate(rest); iso && (!best || priority > best->priority))
                best = DateMention{*iso, priority};
        }
    }
    if (!best && isDateOnly(line))
        if (auto iso = parseLeadingDate(line))
            best = DateMention{*iso, 1};
    return best;
}

} // namespace newsgraph::core
