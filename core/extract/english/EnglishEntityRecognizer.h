// Proposes English entities the lexicon lacks: organisations by their heads ("Inc.", "Ventures",
// "University of X"), governments ("the French government"), people from role context ("X, chief
// executive of Y", "CEO X", "said X", "Mr X") and companies from their place in a clause.
#pragma once

#include "extract/EntityCandidate.h"

#include <string>
#include <utility>
#include <vector>

namespace newsgraph::core {

class Lexicon;
struct EnglishToken;
struct NameRun;

class EnglishEntityRecognizer
{
public:
    explicit EnglishEntityRecognizer(const Lexicon& lexicon) : lexicon_(lexicon) {}

    // Adds candidates to an English sentence. Sentences must come in article order: a person named in
    // full once is recognised again by the full name or the surname alone ("Mensch said").
    void propose(AnalysedSentence& sentence);

private:
    void proposeRun(AnalysedSentence& s, const std::vector<EnglishToken>& tokens, const NameRun& run);
    void proposeAffixed(AnalysedSentence& s, const std::vector<EnglishToken>& tokens);

    const Lexicon& lexicon_;
    std::vector<std::string> people_; // full names recognised so far in the article
    std::vector<std::pair<std::string, EntityType>>
        organisations_;         // organisations named by their heads so far
    std::size_t personEnd_ = 0; // token after the last person named in this sentence, 0 when none
};

} // namespace newsgraph::core
