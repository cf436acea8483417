// Silver KLUE-style labels for the raw KLUE training sentences, from the konec form counts.
#pragma once

#include "extract/ner/KlueFormat.h"
#include "extract/ner/NerLexicon.h"
#include "extract/ner/NerTraining.h"
#include "extract/ner/PerceptronTrainer.h"

#include <functional>
#include <string>
#include <vector>

namespace newsgraph::core::ner {

// klue and konec: the same gold sentences (konec with fine labels); held-out ones are not used.
Result<std::vector<LabelledSentence>> silverSentences(const NerTrainingOptions& o, const std::vector<KlueSentence>& klue,
                                                     const std::vector<KlueSentence>& konec, const NerLexicon& lexicon,
                                                     const std::function<void(const std::string&)>& log);

} // namespace newsgraph::core::ner
