// mentioned_with: named entities sharing a body sentence (weight grows with the number of sentences).
#pragma once

#include "extract/MentionResolver.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// One candidate per unordered pair of distinct entities in the sentence (at most the first 12 entities).
void addCooccurrences(const std::vector<ResolvedMention>& mentions, std::size_t sentenceIndex,
                      std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
