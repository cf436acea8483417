// Works_for stated by a title that is the clause's predicate or one link of a chain of titles: "김 씨는 네이버
// 부사장으로 일했다", "박지훈은 카카오 부사장이다", "김철수 네이버 대표이자 한국인터넷기업협회 회장",
// "정수민 한빛소프트 대표 겸 한빛재단 이사장".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addTitlePredicates(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
