// Helpers for extraction tests: articles from sentences, a small lexicon, and lookups by entity name.
#pragma once

#include "extract/Lexicon.h"
#include "extract/RuleExtractor.h"
#include "model/Article.h"
#include "model/Extraction.h"

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core::testing {

// Body sentences joined by spaces, with offsets; the first sentence may be made a headline.
Article makeArticle(const std::vector<std::string>& sentences, const std::string& publishedDate = "2024-05-20");

// Countries and cities only, so that organisations and people must come from the rules.
Lexicon placesLexicon();
const RuleExtractor& testExtractor();

Extraction extractText(const std::string& sentence);
const ExtractedEntity* entityNamed(const Extraction& x, const std::string& name); // by name or alias
bool hasRelation(const Extraction& x, RelationType type, const std::string& source, const std::string& target);
std::optional<RelationEvidence> relationEvidence(const Extraction& x, RelationType type, const std::string& source,
                                                 const std::string& target);
// Every relation except mentioned_with, as "type(source, target)" lines, for failure messages.
std::string describeRelations(const Extraction& x);

} // namespace newsgraph::core::testing
