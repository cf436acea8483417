// Chooses among overlapping candidates and groups mentions into one entity per real-world thing in an article.
#pragma once

#include "extract/EntityCandidate.h"
#include "model/Extraction.h"

#include <cstddef>
#include <string>
#include <vector>

namespace newsgraph::core {

class Lexicon;

// A chosen mention, as relation extraction sees it.
struct ResolvedMention {
    std::size_t entity = 0; // index into ArticleEntities::entities
    std::size_t firstToken = 0, lastToken = 0, headToken = 0;
    std::size_t begin = 0, end = 0; // bytes in the sentence text
    double confidence = 0.5;
};

struct ArticleEntities {
    std::vector<ExtractedEntity> entities;
    std::vector<std::vector<ResolvedMention>> bySentence; // parallel to the analysed sentences, sorted by token
    std::vector<ExtractedMention> mentions;
};

class MentionResolver
{
public:
    explicit MentionResolver(const Lexicon* lexicon) : lexicon_(lexicon) {}

    // Keys: "lex:<id>" for lexicon entities (also when a rule found a name the lexicon knows),
    // otherwise "name:" + nameKey(display name). Aliases and short forms join their full name's entity.
    ArticleEntities resolve(const std::vector<AnalysedSentence>& sentences, double minConfidence = 0.5) const;

private:
    const Lexicon* lexicon_;
};

} // namespace newsgraph::core
