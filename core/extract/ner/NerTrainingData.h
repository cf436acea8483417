// Gold KLUE sentences as tag ids, the held-out rule, and the konec-to-ontology sub-type mapping.
#pragma once

#include "extract/ner/KlueFormat.h"
#include "extract/ner/PerceptronTrainer.h"
#include "model/Error.h"

#include <string>
#include <vector>

namespace newsgraph::core::ner {

// Gold sentence i (file order, sentences with characters only) is held out when i % 10 == 9.
inline bool isHeldOut(std::size_t index) { return index % 10 == 9; }

// Sentences with characters, their tags as ids; a line holding several code points tags them B/I alike.
Result<std::vector<LabelledSentence>> goldSentences(const std::vector<KlueSentence>& file, const std::string& source);

// konec fine label of a KLUE OG (klueType 2) or LC (1) span -> SpanSubtyper class, -1 when the class
// has no ontology counterpart (OGG_OTHERS, OGG_RELIGION, ...). Countries acting as organisations
// ("미국이 제재했다") count as government: the state as an actor.
int subtypeOfFineLabel(const std::string& fine, int klueType);

std::u32string slice(const std::vector<char32_t>& chars, std::size_t begin, std::size_t end);

} // namespace newsgraph::core::ner
