// Headquarters moved: "카카오게임즈는 본사를 경기 성남시 분당구로 이전했다", "본사 소재지를 포항시로 옮겼다".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// The place a headquarters moves to (로/으로) is where the firm is now (located_in).
void addHeadquartersMoves(const ArgumentStructure& structure, const SentenceContext& context,
                          std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
