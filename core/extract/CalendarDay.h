// Calendar days at year, month or day precision, their arithmetic and ISO 8601 text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core::calendar {

struct Day {
    int year = 0, month = 0, day = 0; // month/day 0 when not stated
};

int daysIn(int year, int month);
// A real date at the stated precision, years 1000-2999.
bool valid(int year, int month, int day);
// "2024", "2024-03" or "2024-03-14".
std::string iso(const Day& d);
Day addDays(const Day& d, int days);
Day addMonths(int year, int month, int months); // day 0
// "2024-11-26" or "2024-11-26T10:21"; nullopt unless at least year and month are known.
std::optional<Day> parsePublication(std::string_view date);

} // namespace newsgraph::core::calendar
