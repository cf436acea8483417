// Finds dates in Korean news sentences and resolves relative ones against the publication date.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct DateMatch {
    std::size_t begin = 0, end = 0; // UTF-8 byte offsets into the sentence
    std::string iso;                // "2024", "2024-03" or "2024-03-14", as precise as the text; "" if unresolvable
    bool relative = false;          // resolved against the publication date (지난해, 올해 3월, 17일, 3년 전, ...)
};

// publicationDate: ISO "2024-11-26" or "2024-11-26T10:21" or "" (unknown: relative dates then give "").
// Durations and ages ("3년간", "20년 만에", "10년 동안") are not dates. Ranges ("2016∼2017년",
// "지난 7~8일") give their start.
std::vector<DateMatch> findDates(std::string_view sentence, std::string_view publicationDate);

} // namespace newsgraph::core
