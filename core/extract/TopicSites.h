// Sites of the firm a clause is about, written as place + site noun: "LG에너지솔루션은 폴란드 브로츠와프 공장에서
// 배터리를 생산한다", "LG전자는 인도 법인을 통해" (office_in), "쿠팡은 미국 본사에서" (located_in).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// A place right before a site noun, with no owner written before the place: the site is the subject's own.
void addTopicSites(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
