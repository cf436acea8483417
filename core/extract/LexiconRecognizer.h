// Proposes entities for lexicon names found in a sentence, aligned to word boundaries and particles.
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

class Lexicon;
class LexiconMatcher;

class LexiconRecognizer
{
public:
    LexiconRecognizer(const Lexicon& lexicon, const LexiconMatcher& matcher);

    // Adds candidates and, where a hit shows a token's true stem ("하세가와" + "의"), corrects the token.
    // Also proposes "<country> 정부/행정부/당국" as one government entity.
    void propose(AnalysedSentence& sentence) const;

private:
    const Lexicon& lexicon_;
    const LexiconMatcher& matcher_;
};

} // namespace newsgraph::core
