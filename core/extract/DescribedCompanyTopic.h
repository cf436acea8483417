// "뉴로바인은 … 오민재 대표가 2021년 설립한 회사다": a topic the sentence describes as a founded company is
// one.
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

// Proposes the sentence's first topic as a company when the sentence ends by calling it a company someone
// founded ("설립한 회사다", "세운 스타트업으로", "창업한 기업이다").
void proposeDescribedCompanyTopic(AnalysedSentence& s);

} // namespace newsgraph::core
