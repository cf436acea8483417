// Proposes organisations the lexicon does not know, from name endings and from the words around them.
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

class OrganisationRecognizer
{
public:
    // Suffix names ("코슬라벤처스", "쓰쿠바대학교", "문부과학성", "요코스카시"), detached suffixes
    // ("코슬라 벤처스"), administrations ("바이든 행정부") and descriptor context ("AI 스타트업 업스테이지").
    void propose(AnalysedSentence& sentence) const;
};

// Nouns that introduce a company name right after them ("스타트업 X", "업체 X").
bool isCompanyDescriptor(std::string_view word);

} // namespace newsgraph::core
