// Sites bought with their place: "라이튼은 노스볼트의 스웨덴 셸레프테오 공장을 인수했다" gives the buyer a plant
// in 셸레프테오 (office_in), whoever owned it before.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addPurchasedSites(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
