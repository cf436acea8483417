// Uses of a company's unnamed product ("엔비디아의 GPU를 사용", "AWS 클라우드를 도입"): the company stands for it.
#pragma once

#include "extract/ArgumentSlots.h"
#include "extract/RelationCandidate.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// A common noun for a kind of product or service ("GPU", "칩", "클라우드", "플랫폼", "솔루션").
bool isProductKindNoun(std::string_view stem);

// The company owning the object phrase of a using verb at `trigger` when that object is a kind of product
// and no named product fills it: "엔비디아의 최신 GPU를 데이터센터에 도입했다" -> 엔비디아.
Args productProvider(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);

// uses(user, provider) for each user that is an organisation or a person. The ontology's target of uses is
// what is used; with no product node in the graph the provider carries the tie (as the reference annotation
// does for platforms typed company or product), so only companies qualify, never a government or a school.
void emitProviderUse(const Args& users, const Args& providers, const ArgumentStructure& s, const SentenceContext& ctx,
                     std::size_t predicate, std::string_view word, double confidence, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
