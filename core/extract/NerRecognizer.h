// Turns the statistical NER model's spans into entity candidates that the lexicon and the rules may override.
#pragma once

#include "extract/EntityCandidate.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsgraph::core {

class NerModel;
struct NerSpan;

struct NerRecognizerOptions {
    // Model spans below this confidence never become candidates of their own (they may still confirm).
    double minConfidence = 0.85;
    // Candidate confidence given to a model-only name at minConfidence and at 1.0: kept below the
    // rules' usual 0.6-0.9 so that a rule reading of the same words always wins, but at least the
    // resolver's 0.5 threshold.
    double lowestCandidateConfidence = 0.5;
    double highestCandidateConfidence = 0.7;
    // A rule candidate of the same span with the same type gains this much (the model agrees).
    double confirmationBonus = 0.05;
    // Only the headline and the first sentences of an article are tagged: a story introduces its
    // players early, and RepeatedNameFinder finds the model's names again further down. The model
    // costs about four times the rules per byte, so tagging every sentence would dominate ingest time.
    std::size_t leadSentences = 8;
};

class NerRecognizer
{
public:
    explicit NerRecognizer(const NerModel& model, NerRecognizerOptions options = {});

    const NerRecognizerOptions& options() const { return options_; }

    // After the rule recognisers: confirms their candidates where the model tagged the same words and adds
    // the model's other person, organisation and location names where no candidate covers the words.
    void propose(AnalysedSentence& sentence) const;

    // Entity type for a KLUE label and sub-type (PS, OG+company, LC+country, ...); none for DT/TI/QT.
    static std::optional<EntityType> entityTypeOf(std::string_view label, std::string_view subtype);

    // True when the sentence may hold a name no rule found: a word that no candidate covers and that
    // could be (part of) a name. Sentences without one are not tagged, which saves most of the model's time.
    static bool worthTagging(const AnalysedSentence& sentence);

private:
    const NerModel& model_;
    NerRecognizerOptions options_;
};

} // namespace newsgraph::core
