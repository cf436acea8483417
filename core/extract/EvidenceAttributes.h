// Fills a relation's evidence from its sentence: amount nearest the trigger, date, tense, trigger word.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

namespace newsgraph::core {

// Planned ("투자하기로 했다", "투자 계획", "할 방침", "예정"), past ("연구했던", "전 소니 회장"), present
// ("협업하고 있다") or unspecified, read from the predicate token and the two after it.
Tense tenseAround(const std::vector<Token>& tokens, std::size_t predicate);

// Evidence for a relation triggered at `trigger`; the amount only for money relations, nearest the
// trigger within its clause.
RelationEvidence makeEvidence(const ArgumentStructure& structure, const SentenceContext& context, RelationType type,
                              std::size_t trigger, std::string_view triggerWord, double confidence);

} // namespace newsgraph::core
