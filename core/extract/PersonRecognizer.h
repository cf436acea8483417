// Proposes people from titles beside their names ("김성훈 대표", "하세가와 주니치 PFN 최고집행책임자(COO·56)",
// "창업자 일리언 존스") and links short forms ("박 박사", "올트먼 CEO") to a full name seen earlier.
#pragma once

#include "extract/EntityCandidate.h"

#include <string>
#include <vector>

namespace newsgraph::core {

class PersonRecognizer
{
public:
    // Organisation candidates must already be in the sentence (they split "name org title" phrases).
    // `knownPeople` holds full names found earlier in the article and grows with each new person.
    void propose(AnalysedSentence& sentence, std::vector<std::string>& knownPeople) const;
};

} // namespace newsgraph::core
