// Sites built together: "에이치투플로우는 SK가스와 당진에 실증 설비를 짓고 있다" makes the two partners.
#pragma once

#include "extract/ArgumentSlots.h"
#include "extract/RelationCandidate.h"
#include "extract/TriggerReading.h"

#include <vector>

namespace newsgraph::core {

// partners_with between the builders of a site and an organisation in the clause's comitative (와/과, not
// 와의): building or opening a site with someone is a joint venture.
void emitJointBuilders(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                       const Args& builders, double confidence, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
