// The organisation type a word's ending implies ("…벤처스" investor, "…대학교" academia, "…부" government).
#pragma once

#include "model/EntityType.h"

#include <optional>
#include <string_view>

namespace newsgraph::core {

struct SuffixMatch {
    EntityType type = EntityType::Company;
    std::string_view suffix;
    double confidence = 0.6;
};

// Classifies a whole word (particles already stripped) by its ending; refuses common nouns that share
// an ending ("세대", "시대", "최대", "경영학부", "요청", "출시", "생성형AI").
std::optional<SuffixMatch> matchOrganisationSuffix(std::string_view word);

// A ministry or agency named by its ending alone, even one the ending rules refuse because the word
// also names an administration ("안전행정부", "국가보훈처", but not "행정부", "요시노부", "재판부").
bool namesMinistry(std::string_view word);

// Suffix words that may stand apart from the name ("코슬라 벤처스", "LG 그룹").
std::optional<SuffixMatch> matchDetachedSuffix(std::string_view word);

} // namespace newsgraph::core
