// Tags a file in the KLUE-NER layout with a model: same blocks and characters out, predicted tags.
#pragma once

#include "extract/ner/KlueFormat.h"
#include "extract/ner/NerModel.h"

#include <iosfwd>

namespace newsgraph::core {

// Only the characters are read: gold tags and the marked text in comment lines are ignored
// (comment lines are copied through verbatim).
Result<void> tagKlueFile(const NerModel& model, std::istream& in, std::ostream& out);

// The same on parsed sentences: replaces each sentence's tags with the model's.
void tagKlueSentences(const NerModel& model, std::vector<ner::KlueSentence>& sentences);

} // namespace newsgraph::core
