// Where a company is, from a place written before its descriptor: "몬트리올의 게임 개발사 노스파인",
// "판교의 AI 스타트업 딥노드", "독일 뮌헨의 자율주행 기업 X" (located_in).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// A city or region (not a country: "미국 기업 X" is nationality) in the genitive or bare, then up to three
// describing words ending in a company noun, then the company's name.
void addPlaceAppositions(const ArgumentStructure& structure, const SentenceContext& context,
                         std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
