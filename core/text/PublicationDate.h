// Finds the publication date in dateline text ("입력 2018년 1월 10일 03시 00분", "2025.03.14 10:21").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core {

struct DateMention {
    std::string iso; // "2018-01-10T03:00" or "2018-01-10"
    // 3: labelled as first publication (입력, 기사입력, 등록, 송고, date, Published);
    // 2: 승인/게재/발행; 1: a bare date line; 0: labelled as an update (수정, 업데이트, Updated).
    int priority = 0;
};

// Parses the first date (optionally with time) that starts at or after `text`'s beginning,
// allowing only spaces and ':' before it. Accepts 2018년 1월 10일 03시 00분, 2025.03.14 10:21,
// 2025-08-13T09:30:00+09:00, 2025/08/13, 오후 3:05.
std::optional<std::string> parseLeadingDate(std::string_view text);

// A labelled or bare date in a short metadata line; nullopt for prose lines or lines without one.
std::optional<DateMention> findDateMention(std::string_view line);

} // namespace newsgraph::core
