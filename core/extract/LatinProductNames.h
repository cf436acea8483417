// Proposes products written in Latin script right after a product noun ("설계 도구 DSO.ai를", "AI 칩 H200을").
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

// A Latin-script name (letters, digits, dots, hyphens) that a product noun introduces and a particle or
// punctuation closes; generic technical acronyms ("GPU", "API") are not products of their own.
void proposeLatinProducts(AnalysedSentence& sentence);

} // namespace newsgraph::core
