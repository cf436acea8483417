// Verbs whose quoted object is a product: "‘브리프원’을 개발했다", "‘H2F-10’을 출시했으며", "‘히카리-2’를
// 도입했다".
#pragma once

#include "extract/EntityCandidate.h"
#include "extract/SentenceTokens.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// True when tokens[at] is a verb that makes, releases or adopts its object ("개발했다", "출시해", "도입한",
// "활용하고", "공개했다"): a quoted name it takes as object is a product.
bool isProductObjectVerb(const std::vector<Token>& tokens, std::size_t at);

// True for a quoted name that reads as a rule, plan or programme ("주 4일제", "AI 기본법", "탄소중립 전략"):
// the verbs above take those as objects too.
bool isPolicyLikeName(std::string_view name);

// "간편결제 앱 페이콕을 출시했다", "AI 칩 아톰을 양산한다": an unknown name right after a product noun, as
// the object of a making or adopting verb, is that kind of product.
void proposeDescribedProducts(AnalysedSentence& s);

} // namespace newsgraph::core
