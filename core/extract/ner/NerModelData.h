// Everything a trained tagger consists of, as held in memory after loading or training.
#pragma once

#include "extract/ner/HugePageAllocator.h"
#include "extract/ner/NerLexicon.h"
#include "extract/ner/SpanSubtyper.h"
#include "extract/ner/ViterbiDecoder.h"

#include <cstdint>
#include <vector>

namespace newsgraph::core::ner {

// Rows of the hashed emission table are padded to this many int16 so a row is one aligned 32-byte load
// (the allocator aligns the table, so no row straddles two cache lines).
inline constexpr std::size_t rowStride = 16;
static_assert(rowStride >= static_cast<std::size_t>(tagCount));

struct NerModelData {
    std::uint32_t hashBits = 20;
    std::uint32_t templateId = 0;
    float emissionScale = 1;                // weight = int16 * scale
    std::vector<std::int16_t, HugePageAllocator<std::int16_t>> emission; // (1 << hashBits) rows * rowStride
    TransitionScores transitions;
    float confidenceScale = 1;              // confidence = logistic(margin * scale)
    NerLexicon lexicon;
    SpanSubtyper subtyper;
};

// Quantises float weights (rows * tagCount) into the int16 table.
void quantiseEmission(const std::vector<float>& weights, NerModelData& data);

} // namespace newsgraph::core::ner
