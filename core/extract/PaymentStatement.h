// Whether a clause states a payment: a sum of money or a fund, subsidy or loan noun ("보조금", "정책자금",
// "대출").
#pragma once

#include "extract/SentenceTokens.h"

#include <cstddef>
#include <utility>
#include <vector>

namespace newsgraph::core {

// True when a token in [clause.first, clause.second] names a sum ("500억원") or a fund noun (isFundingNoun).
bool statesPayment(const std::vector<Token>& tokens, std::pair<std::size_t, std::size_t> clause);

} // namespace newsgraph::core
