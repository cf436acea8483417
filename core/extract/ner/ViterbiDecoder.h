// Best BIO tag sequence under the transition constraints, plus per-position max-marginal margins.
#pragma once

#include "extract/ner/NerTagSet.h"

#include <array>
#include <vector>

namespace newsgraph::core::ner {

struct TransitionScores {
    std::array<float, tagCount * tagCount> next{}; // [from * tagCount + to]
    std::array<float, tagCount> start{};
};

// emissions: n * tagCount scores, row-major by position. Returns the best allowed path.
std::vector<int> viterbiDecode(const std::vector<float>& emissions, std::size_t n, const TransitionScores& transitions);

// As viterbiDecode, and margins[i] = best path score minus the best score of any path with another tag at i.
std::vector<int> viterbiDecodeWithMargins(const std::vector<float>& emissions, std::size_t n,
                                          const TransitionScores& transitions, std::vector<float>& margins);

// Clears spans that start or end inside a Latin word ("Wo" of "World"): the character model can
// cut one, an entity never does.
void dropSpansInsideLatinWords(const std::vector<char32_t>& chars, std::vector<int>& tags);

} // namespace newsgraph::core::ner
