// Likely duplicate entities (across scripts, abbreviations, suffixes) offered to the user to merge.
#pragma once

#include "model/GraphData.h"

#include <string>
#include <vector>

namespace newsgraph::core {

struct MergeSuggestion {
    EntityId keep = 0;   // the better-attested entity (more mentions)
    EntityId merge = 0;  // the one to merge into it
    double score = 0;    // 0..1
    std::string reason;  // for people: "same romanisation: 오픈AI ~ OpenAI (opeunai / openai)"
};

// Sorted by score, best first. Only entities whose types are compatible are paired.
std::vector<MergeSuggestion> suggestMerges(const GraphData& data, std::size_t limit = 50);

// Levenshtein similarity over code points: 1 - distance / longer length.
double nameSimilarity(const std::string& a, const std::string& b);

} // namespace newsgraph::core
