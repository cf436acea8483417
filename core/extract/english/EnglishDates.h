// English dates in news sentences ("June 11, 2024", "11 June", "last year", "on Tuesday", "in March"),
// resolved against the publication date like the Korean DateResolver.
#pragma once

#include "extract/DateResolver.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// The same DateMatch as findDates(): iso as precise as the text, relative when the publication date
// decided it, "" when that date is unknown. A bare year needs a preposition ("in 2019", "since 2019")
// so that counts and amounts ("2024 models") are not read as dates.
std::vector<DateMatch> findEnglishDates(std::string_view sentence, std::string_view publicationDate);

// Weekday of a calendar date, 0 = Monday ... 6 = Sunday.
int weekdayOf(int year, int month, int day);

} // namespace newsgraph::core
