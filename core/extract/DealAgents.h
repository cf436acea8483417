// "인수 주체는 한화오션이다", "대우조선 인수 주체는 한화": the party a deal noun names as its agent.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addDealAgents(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
