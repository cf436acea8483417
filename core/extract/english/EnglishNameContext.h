// What the words around a capitalised run say it is: a person by role, speech or honorific, a company
// by descriptor or clause position.
#pragma once

#include "extract/english/EnglishNameRuns.h"
#include "extract/english/EnglishTokens.h"

#include <vector>

namespace newsgraph::core {

// "Arthur Mensch, chief executive", "CEO Satya Nadella", "said Jane Doe", "Jane Doe said", "Mr Lee",
// "founded by Jane Doe".
bool hasPersonContext(const std::vector<EnglishToken>& tokens, const NameRun& run);
// A run shaped like a person's name: two to four capitalised alphabetic words (one after an honorific).
bool hasPersonShape(const std::vector<EnglishToken>& tokens, const NameRun& run);
// "start-up Mistral", "Helix, a robotics company", "acquired Nova", "Nova raised".
bool hasCompanyContext(const std::vector<EnglishToken>& tokens, const NameRun& run);
// "based in Lyon", "headquartered in Lyon", "an office in Lyon".
bool hasPlaceContext(const std::vector<EnglishToken>& tokens, const NameRun& run);

} // namespace newsgraph::core
