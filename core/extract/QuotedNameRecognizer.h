// Proposes names written in quotes when a descriptor beside them says what they are
// ("모델 ‘익시젠’", "AI 스타트업 ‘프리퍼드네트워크스(PFN)’", "‘리프마인드’ 사무실", "‘북미 테크 콘퍼런스’").
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

class QuotedNameRecognizer
{
public:
    void propose(AnalysedSentence& sentence) const;
};

} // namespace newsgraph::core
