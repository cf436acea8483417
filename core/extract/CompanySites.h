// Sites named after their company: "삼성전자 평택 공장", "구글 서울 사무소", "LG전자 인도 법인" (office_in).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addCompanySites(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
