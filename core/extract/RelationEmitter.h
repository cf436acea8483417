// Turns source and target arguments into relation candidates: type check, confidence, evidence.
#pragma once

#include "extract/ArgumentSlots.h"
#include "extract/RelationCandidate.h"

#include <string_view>
#include <vector>

namespace newsgraph::core {

// One candidate per source/target pair whose entity types fit the relation (RelationConstraints); a person
// who speaks for an employer named in the sentence stands for it in organisation-only relations.
void emit(RelationType type, const Args& sources, const Args& targets, const ArgumentStructure& s,
          const SentenceContext& ctx, std::size_t predicate, std::string_view word, double confidence,
          std::vector<RelationCandidate>& out);
// Every pair within the group, for symmetric relations ("A와 B는 협력하기로 했다").
void emitSymmetric(RelationType type, const Args& group, const ArgumentStructure& s, const SentenceContext& ctx,
                   std::size_t predicate, std::string_view word, double confidence, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
