// What the words of a Korean byline are: role words (기자, 특파원), fillers, desks and reporter names.
#pragma once

#include <string_view>

namespace newsgraph::core {

// 기자, 특파원, 논설위원 and their compounds (경제전문기자); "이수진기자" is not a role.
bool isBylineRole(std::string_view word);
// Words around a byline that are neither names nor roles: 정리, 사진, 외, 기자명.
bool isBylineFiller(std::string_view word);
// A 2-4 syllable Hangul word that is not a role or filler.
bool isReporterName(std::string_view word);
// Newsroom desks and teams: 산업부, 경제부, 디지털뉴스팀, 편집국.
bool isNewsDeskName(std::string_view word);
// False only when no role word can occur in `line`: a cheap test before a byline is tokenised.
bool mayHoldRoleWord(std::string_view line);

} // namespace newsgraph::core
