// Relations in English sentences, as RelationCandidates with the same evidence the Korean extractors give,
// so that store, export and GUI treat both languages alike.
#pragma once

#include "extract/MentionResolver.h"
#include "extract/RelationCandidate.h"

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

class EnglishRelationExtractor
{
public:
    // publicationDate: ISO, or "" (relative dates then stay unresolved).
    explicit EnglishRelationExtractor(std::string publicationDate)
        : publicationDate_(std::move(publicationDate))
    {
    }

    // Sentences in article order: "the company" and "it" refer to the organisation the passage is about,
    // which the extractor follows from sentence to sentence.
    void extract(const AnalysedSentence& sentence, const std::vector<ResolvedMention>& mentions,
                 const SentenceContext& context, std::vector<RelationCandidate>& out);

private:
    void followFocus(std::string_view text, const std::vector<ResolvedMention>& mentions,
                     const SentenceContext& context);

    std::string publicationDate_;
    std::optional<std::size_t> focus_;
};

} // namespace newsgraph::core
