// Finds later occurrences of names a rule learned earlier in the article ("‘리프마인드’ 사무실" ... "리프마인드가"),
// including aliases ("PFN") and parts of foreign personal names ("올트먼", "하세가와").
#pragma once

#include "extract/EntityCandidate.h"

#include <vector>

namespace newsgraph::core {

class RepeatedNameFinder
{
public:
    // Adds an "echo" candidate wherever a learned name occurs on word boundaries and no candidate covers it,
    // and raises the confidence of rule names that occur more than once.
    void addRepeats(std::vector<AnalysedSentence>& sentences, bool raiseConfidence = true) const;
};

} // namespace newsgraph::core
