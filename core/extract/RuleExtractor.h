// The rule-based Extractor: lexicon and rule recognisers, article-level resolution, relations with evidence.
#pragma once

#include "extract/Extractor.h"
#include "extract/Lexicon.h"
#include "extract/LexiconMatcher.h"

#include <memory>

namespace newsgraph::core {

class RuleExtractor final : public Extractor
{
public:
    explicit RuleExtractor(Lexicon lexicon);

    Extraction extract(const Article& article) const override;

    const Lexicon& lexicon() const { return *lexicon_; }

private:
    // Heap-held so that the matcher's pointers into the lexicon stay valid when the extractor moves.
    std::unique_ptr<Lexicon> lexicon_;
    std::unique_ptr<LexiconMatcher> matcher_;
};

} // namespace newsgraph::core
