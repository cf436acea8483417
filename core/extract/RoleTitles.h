// Job titles and honorifics that mark a person name next to them ("대표", "교수", "CEO", "씨").
#pragma once

#include <optional>
#include <string_view>

namespace newsgraph::core {

struct RoleTitle {
    std::string_view matched;   // the title as found at the end of the word ("실장" in "연구실장")
    std::string_view canonical; // what evidence records as role ("CEO" for 최고경영자)
    bool organisational = true; // implies works_for an organisation named beside it (씨 and 박사 do not)
    bool founder = false;       // 창업자, 설립자: implies founded
};

// The title the word ends with, if any; compounds count ("겸임교수" -> 교수, "인공지능정책연구실장" -> 실장),
// short or ambiguous titles only as whole words ("씨", "이사").
std::optional<RoleTitle> matchRoleTitle(std::string_view word);

} // namespace newsgraph::core
