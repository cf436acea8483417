// Selection into a body's programme: "Y는 X의 'AI 바우처 지원사업' 공급기업으로 선정돼 3억원을 지원받았다",
// "Y가 보건복지부와 KDDF의 국가신약개발사업 과제에 선정됐다".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// Adds funds (a sum stated in the sentence) or supports (none stated) from the organisations owning the
// programme phrase before a passive 선정 to the clause's subject or the sentence's topic.
void readProgrammeSelection(const ArgumentStructure& s, const SentenceContext& ctx,
                            std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
