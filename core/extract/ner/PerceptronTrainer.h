// Averaged structured perceptron over hashed character features with a BIO-constrained Viterbi.
#pragma once

#include "extract/ner/CharFeatures.h"
#include "extract/ner/ViterbiDecoder.h"

#include <array>
#include <vector>

namespace newsgraph::core::ner {

struct LabelledSentence {
    std::vector<char32_t> chars;
    std::vector<int> tags; // tag ids, NerTagSet.h; -1 = unknown (the best path agreeing with the rest is the target)
};

struct FeaturizedSentence {
    SentenceFeatures features;
    std::vector<int> tags;
};

class PerceptronTrainer
{
public:
    explicit PerceptronTrainer(unsigned hashBits);

    // Decodes with the current weights and, where the best path differs from the gold one, moves
    // weight from the predicted to the gold tags. Returns true when the sentence was already right.
    bool learn(const FeaturizedSentence& sentence);

    // Averaged weights (what is saved): emission rows * tagCount, transitions.
    void averaged(std::vector<float>& emission, TransitionScores& transitions) const;

    static std::vector<int> decode(const SentenceFeatures& features, const std::vector<float>& emission,
                                   const TransitionScores& transitions, unsigned hashBits,
                                   std::vector<float>* keepScores = nullptr);

private:
    void update(std::uint32_t row, int tag, float delta);
    unsigned hashBits_;
    std::uint32_t mask_;
    std::vector<float> weights_;
    std::vector<double> totals_; // sum of step * delta, for the averaging trick (double: steps reach 1e6)
    TransitionScores transitions_;
    std::array<double, tagCount * tagCount> nextTotals_{};
    std::array<double, tagCount> startTotals_{};
    double step_ = 1;
};

} // namespace newsgraph::core::ner
