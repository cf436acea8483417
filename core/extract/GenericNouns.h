// Common nouns that look like names in name positions ("정부", "스타트업", "당시") and must not become entities.
#pragma once

#include <string_view>

namespace newsgraph::core {

// True for words that never name an entity on their own (checked after particle stripping).
bool isGenericNoun(std::string_view word);
// Determiners, numerals and adverbs that may precede a name but never belong to one ("이", "두", "또").
bool isFunctionWord(std::string_view word);

} // namespace newsgraph::core
