// "Y는 X 소속 중앙행정기관이다", "Y는 X 산하 기관으로": a public body's standing under its parent stated as the predicate.
#pragma once

#include "extract/ArgumentStructure.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

// True when, from `from` on, a noun for a public body ("기관", "중앙행정기관", "외청") ends the clause as its
// predicate ("…기관이다", "…기관으로"), with only bare describing words before it.
bool isInstitutionPredicate(const std::vector<Token>& tokens, std::size_t from);

// The clause's subject or topic written before `x` ("기상청은 … 환경부 소속 기관으로"), or null.
const Argument* clauseSubjectBefore(const ArgumentStructure& s, const Argument& x);

} // namespace newsgraph::core
