// Works_for for people listed after a bare organisation, through units and lists: "고려대 화학생명공학과 윤서진
// 교수", "한빛일보 이수진·박상훈 기자", "한빛노조 박민호 전 위원장과 김태수 전 부위원장", "한빛전자 대표 김민수 씨", "한빛당의 이민수 대표".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addStaffAfterOrganisation(const ArgumentStructure& structure, const SentenceContext& context,
                               std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
