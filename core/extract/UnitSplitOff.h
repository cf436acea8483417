// Spin-offs of a company's unit: which words name a unit, and "X는 Y 사업부를 분사해 Z를 세웠다" read as spun_off_from(Z, X).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"
#include "extract/TriggerReading.h"

#include <string_view>
#include <vector>

namespace newsgraph::core {

// A unit that companies split off: "전지사업부", "AI 부문", "헬스케어 조직", "사내독립기업".
bool isSplitUnit(std::string_view w);

// "SK텔레콤은 보안 사업부를 분사해 SK쉴더스를 세웠다": the unit split off becomes the new company.
void readUnitSplitOff(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                      std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
