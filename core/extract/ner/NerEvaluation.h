// Entity and character F1 per KLUE tag, computed like shared/eval/klue_score.py, for training logs and benches.
#pragma once

#include "extract/ner/NerTagSet.h"

#include <array>
#include <string>
#include <vector>

namespace newsgraph::core::ner {

class NerEvaluation
{
public:
    // Tag ids per character, gold and predicted, of one sentence.
    void add(const std::vector<int>& gold, const std::vector<int>& predicted);

    double entityMacroF1() const;
    double entityMicroF1() const;
    double charMacroF1() const;
    std::string table() const; // one line per tag plus the totals, klue_score.py style

private:
    struct Counts {
        long tp = 0, fp = 0, fn = 0;
    };
    std::array<Counts, entityLabels.size()> entity_{}, chars_{};
    long sentences_ = 0;
};

} // namespace newsgraph::core::ner
