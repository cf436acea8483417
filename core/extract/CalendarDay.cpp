// Calendar arithmetic with std::chrono for resolving relative dates.
#include "CalendarDay.h"

#include <chrono>
#include <cstdio>

namespace newsgraph::core::calendar {
namespace {

namespace chr = std::chrono;

std::optional<int> readDigits(std::string_view text, std::size_t& pos, int minDigits, int maxDigits)
{
    std::size_t p = pos;
    int value = 0, count = 0;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9' && count < maxDigits) {
        value = value * 10 + (text[p] - '0');
        ++p;
        ++count;
    }
    if (count < minDigits || (p < text.size() && text[p] >= '0' && text[p] <= '9'))
        return std::nullopt;
    pos = p;
    return value;
}

} // namespace

int daysIn(int year, int month)
{
    return static_cast<int>(static_cast<unsigned>(
        chr::year_month_day_last(chr::year(year), chr::month_day_last(chr::month(static_cast<unsigned>(month)))).day()));
}

bool valid(int year, int month, int day)
{
    if (year < 1000 || year > 2999)
        return false;
    if (month == 0)
        return day == 0;
    if (month < 1 || month > 12)
        return false;
    return day == 0 || (day >= 1 && day <= daysIn(year, month));
}

std::string iso(const Day& d)
{
    char buffer[16];
    if (d.month == 0)
        std::snprintf(buffer, sizeof buffer, "%04d", d.year);
    else if (d.day == 0)
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", d.year, d.month);
    else
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buffer;
}

Day addDays(const Day& d, int days)
{
    const chr::sys_days shifted = chr::sys_days(chr::year(d.year) / chr::month(static_cast<unsigned>(d.month))
                                                / chr::day(static_cast<unsigned>(d.day)))
        + chr::days(days);
    const chr::year_month_day ymd(shifted);
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Day addMonths(int year, int month, int months)
{
    const int index = year * 12 + (month - 1) + months;
    return {index / 12, index % 12 + 1, 0};
}

std::optional<Day> parsePublication(std::string_view date)
{
    std::size_t p = 0;
    const auto year = readDigits(date, p, 4, 4);
    if (!year)
        return std::nullopt;
    Day result{*year, 0, 0};
    if (p < date.size() && date[p] == '-') {
        ++p;
        if (const auto month = readDigits(date, p, 1, 2); month && *month >= 1 && *month <= 12) {
            result.month = *month;
            if (p < date.size() && date[p] == '-') {
                ++p;
                if (const auto day = readDigits(date, p, 1, 2); day && valid(*year, *month, *day))
                    result.day = *day;
            }
        }
    }
    if (result.month == 0)
        return std::nullopt; // a bare year cannot anchor "지난달" or "17일"
    return result;
}

} // namespace newsgraph::core::calendar
