// Works_for stated by noun phrases around a person: "구글 출신 엔지니어 존 스미스", "LG전자 CTO인 김병훈 사장",
// and titles the person recogniser left to the lexicon or the model ("손정의 소프트뱅크 회장", "젠슨 황 CEO는").
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"
#include "extract/RoleTitles.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// Adds `type` (works_for or founded) from a person to an organisation, if the ontology allows it for
// their types; the role (title) is kept for works_for, and `past` marks a former post.
void addAffiliation(RelationType type, const Argument& person, const Argument& org, const ArgumentStructure& s,
                    const SentenceContext& ctx, std::size_t token, std::string_view role, double confidence,
                    bool past, std::vector<RelationCandidate>& out);

void addEmploymentAppositions(const ArgumentStructure& structure, const SentenceContext& context,
                              std::vector<RelationCandidate>& out);

// The title written with or right after a person's name ("손정의 회장은", "젠슨 황 엔비디아 CEO는"), and
// its token; nothing when the name stands alone.
std::optional<RoleTitle> titleAfter(const ArgumentStructure& structure, const Argument& person, std::size_t* token = nullptr);

} // namespace newsgraph::core
