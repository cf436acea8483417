// Which subject a trigger's clause has: the nearest subject or topic, the subject of the relative clause the
// trigger stands in, and whether a subject belongs to a relative clause on a predicate noun ("Y가 창업한
// 회사로, …").
#pragma once

#include "extract/ArgumentSlots.h"
#include "extract/SentenceTokens.h"
#include "extract/TriggerReading.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

bool subjectOfRelativeClause(const std::vector<Token>& tokens, std::size_t subjectToken, std::size_t trigger);
// The clause's subject: the nearest subject or topic before the trigger, else a topic earlier in the
// sentence.
Args subjectOf(const ArgumentStructure& s, const TriggerReading& r);
// The subject of the relative clause the trigger stands in, if any ("알토스벤처스가 투자한 Y는").
Args subjectInClause(const ArgumentStructure& s, const TriggerReading& r);

} // namespace newsgraph::core
