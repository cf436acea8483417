// Reporters and their outlet from the byline: person entities, the media entity and works_for between them.
#pragma once

#include "model/Article.h"
#include "model/Extraction.h"

namespace newsgraph::core {

class Lexicon;

class BylineRelations
{
public:
    explicit BylineRelations(const Lexicon* lexicon) : lexicon_(lexicon) {}

    // Uses Article::metadata (reporters, outlet, outletDomain); when the reader found no reporter, reads
    // "<name> 기자" from the byline sentences. The evidence sentence is the byline line itself.
    void add(const Article& article, Extraction& extraction) const;

private:
    const Lexicon* lexicon_;
};

} // namespace newsgraph::core
