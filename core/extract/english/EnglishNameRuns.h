// Capitalised word runs in an English sentence: the raw material of English names.
#pragma once

#include "extract/english/EnglishTokens.h"

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::core {

struct NameRun
{
    std::size_t first = 0, last = 0; // inclusive indices into the English tokens
    std::string text;                // the words as written, single spaces
};

// Maximal runs of capitalised words (lower-case connectors like "of" and "&" inside them), split where a
// job title, an honorific, a month or a weekday interrupts them ("Microsoft CEO Satya Nadella" -> Microsoft,
// Satya Nadella); leading common words ("The", "However") and trailing connectors are trimmed.
std::vector<NameRun> findNameRuns(const std::vector<EnglishToken>& tokens);

// The words first..last joined by single spaces.
std::string joinWords(const std::vector<EnglishToken>& tokens, std::size_t first, std::size_t last);

} // namespace newsgraph::core
