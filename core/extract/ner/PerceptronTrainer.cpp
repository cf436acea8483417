#include "extract/ner/PerceptronTrainer.h"

#include <algorithm>

namespace newsgraph::core::ner {

PerceptronTrainer::PerceptronTrainer(unsigned hashBits)
    : hashBits_(hashBits), mask_((std::uint32_t{1} << hashBits) - 1),
      weights_((std::size_t{1} << hashBits) * tagCount, 0.0f), totals_(weights_.size(), 0.0)
{
}

std::vector<int> PerceptronTrainer::decode(const SentenceFeatures& features, const std::vector<float>& emission,
                                           const TransitionScores& transitions, unsigned hashBits, std::vector<float>* keepScores)
{
    const std::uint32_t mask = (std::uint32_t{1} << hashBits) - 1;
    const std::size_t n = features.size();
    std::vector<float> scores(n * tagCount, 0.0f);
    for (std::size_t i = 0; i < n; ++i) {
        float* out = &scores[i * tagCount];
        for (std::uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
            const float* row = &emission[static_cast<std::size_t>(features.hashes[k] & mask) * tagCount];
            for (int t = 0; t < tagCount; ++t)
                out[t] += row[t];
        }
    }
    auto path = viterbiDecode(scores, n, transitions);
    if (keepScores != nullptr)
        *keepScores = std::move(scores);
    return path;
}

void PerceptronTrainer::update(std::uint32_t row, int tag, float delta)
{
    const std::size_t at = static_cast<std::size_t>(row) * tagCount + static_cast<std::size_t>(tag);
    weights_[at] += delta;
    totals_[at] += step_ * delta;
}

bool PerceptronTrainer::learn(const FeaturizedSentence& sentence)
{
    std::vector<float> scores;
    const auto predicted = decode(sentence.features, weights_, transitions_, hashBits_, &scores);
    std::vector<int> filled;
    if (std::find(sentence.tags.begin(), sentence.tags.end(), -1) != sentence.tags.end()) {
        // Partly labelled (silver): the target is the best path that agrees with the known tags.
        for (std::size_t i = 0; i < sentence.tags.size(); ++i)
            if (sentence.tags[i] >= 0)
                for (int t = 0; t < tagCount; ++t)
                    if (t != sentence.tags[i])
                        scores[i * tagCount + static_cast<std::size_t>(t)] -= 1e6f;
        filled = viterbiDecode(scores, sentence.tags.size(), transitions_);
    }
    const auto& gold = filled.empty() ? sentence.tags : filled;
    bool correct = true;
    for (std::size_t i = 0; i < gold.size(); ++i) {
        const int g = gold[i], p = predicted[i];
        const int gPrev = i > 0 ? gold[i - 1] : -1, pPrev = i > 0 ? predicted[i - 1] : -1;
        if (g != p) {
            correct = false;
            for (std::uint32_t k = sentence.features.offsets[i]; k < sentence.features.offsets[i + 1]; ++k) {
                const std::uint32_t row = sentence.features.hashes[k] & mask_;
                update(row, g, 1.0f);
                update(row, p, -1.0f);
            }
        }
        if (g != p || gPrev != pPrev) {
            auto bump = [&](int from, int to, float delta) {
                if (from < 0) {
                    transitions_.start[static_cast<std::size_t>(to)] += delta;
                    startTotals_[static_cast<std::size_t>(to)] += step_ * delta;
                } else {
                    transitions_.next[static_cast<std::size_t>(from * tagCount + to)] += delta;
                    nextTotals_[static_cast<std::size_t>(from * tagCount + to)] += step_ * delta;
                }
            };
            bump(gPrev, g, 1.0f);
            bump(pPrev, p, -1.0f);
        }
    }
    step_ += 1;
    return correct;
}

void PerceptronTrainer::averaged(std::vector<float>& emission, TransitionScores& transitions) const
{
    emission.resize(weights_.size());
    for (std::size_t i = 0; i < weights_.size(); ++i)
        emission[i] = static_cast<float>(weights_[i] - totals_[i] / step_);
    for (std::size_t i = 0; i < transitions.next.size(); ++i)
        transitions.next[i] = static_cast<float>(transitions_.next[i] - nextTotals_[i] / step_);
    for (std::size_t i = 0; i < transitions.start.size(); ++i)
        transitions.start[i] = static_cast<float>(transitions_.start[i] - startTotals_[i] / step_);
}

} // namespace newsgraph::core::ner
