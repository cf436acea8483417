// "Y는 X 소속 중앙행정기관이다", "Y는 X 산하 기관으로", "Y는 P 소재 기업이다": what the subject is, stated as the predicate.
#pragma once

#include "extract/ArgumentStructure.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

// True when, from `from` on, a noun for a public body ("기관", "중앙행정기관", "외청") ends the clause as its
// predicate ("…기관이다", "…기관으로"), with only bare describing words before it.
bool isInstitutionPredicate(const std::vector<Token>& tokens, std::size_t from);

// The same for a firm ("…기업이다", "…업체로"): "덴티움은 수원 소재 치과 기업이다".
bool isFirmPredicate(const std::vector<Token>& tokens, std::size_t from);

// "정석기업은 한진그룹 계열사로 조 전무는 …": the word at `k` ends in 로 meaning "being", not a destination
// ("계열사로 매각됐다").
bool standsAs(const std::vector<Token>& tokens, std::size_t k);

// The clause's subject or topic written before `x` ("기상청은 … 환경부 소속 기관으로"), or null.
const Argument* clauseSubjectBefore(const ArgumentStructure& s, const Argument& x);

} // namespace newsgraph::core
