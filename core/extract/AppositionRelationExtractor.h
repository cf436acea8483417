// Relations stated by noun phrases rather than verbs: titles ("샘 올트먼 오픈AI CEO"), "X 산하 Y",
// "X 투자사인 Y", "구글 AI 연구소인 구글브레인", "스탠포드대 인간중심AI연구소", "도쿄 시부야의 ‘리프마인드’ 사무실",
// "엘지유플러스의 … 모델 ‘익시젠’", "X 소재 Y".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

class AppositionRelationExtractor
{
public:
    void extract(const ArgumentStructure& structure, const SentenceContext& context,
                 std::vector<RelationCandidate>& out) const;
};

} // namespace newsgraph::core
