// One named-entity span found by the statistical recogniser, in byte offsets of the tagged sentence.
#pragma once

#include <cstddef>
#include <string>

namespace newsgraph::core {

struct NerSpan {
    std::size_t begin = 0, end = 0; // byte offsets into the UTF-8 sentence, end exclusive
    std::string label;              // KLUE coarse tag: PS LC OG DT TI QT
    std::string subtype;            // OG: company|government|academia|media|investor; LC: country|place; else empty
    double confidence = 0;          // 0..1, from the Viterbi max-marginal margin of the weakest character
};

} // namespace newsgraph::core
