// Rivals named for a company: "업계는 X의 경쟁사로 A와 B를 꼽는다", "X의 라이벌로 A를 지목했다".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// Adds competes_with between the organisation in the genitive before a rival noun in 로 and each organisation
// in the object of the naming verb after it (꼽다, 지목하다, 거론하다).
void readRivalNominations(const ArgumentStructure& s, const SentenceContext& ctx,
                          std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
