// People joined by 와/과 across their own appositions: "A 대표와 카이스트 박사 출신 B CTO가 공동 창업한".
#pragma once

#include "extract/ArgumentSlots.h"

namespace newsgraph::core {

// The people in the comitative right before a person subject, when only the subject's own modifiers
// (words without particles or verb endings) stand between them: they act with the subject.
Args coordinatedPeople(const ArgumentStructure& s, const Args& subject, std::size_t clauseFirst);

} // namespace newsgraph::core
