// Subsidiaries owned by the clause's subject: "HD현대는 조선 계열사 HD한국조선해양을 통해", "카카오는 일본 도쿄에
// 현지 법인 카카오픽코마를 두고 있다", "현대차는 인도네시아 현지법인 현대모터인도네시아를 통해".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// A unit noun (자회사, 계열사, 현지 법인, 연구소) with no owner written before it, followed by a name: the name
// is part of the organisation the clause is about (part_of).
void addTopicSubsidiaries(const ArgumentStructure& structure, const SentenceContext& context,
                          std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
