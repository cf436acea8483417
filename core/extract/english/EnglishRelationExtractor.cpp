#include "extract/english/EnglishRelationExtractor.h"

#include "extract/english/EnglishClause.h"
#include "extract/english/EnglishRelationSink.h"
#include "extract/english/EnglishRoleRelations.h"
#include "extract/english/EnglishTokens.h"
#include "extract/english/EnglishVerbRelations.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// Only a name near the start of a sentence is its topic ("Mistral AI, the French start-up, ...");
// a dateline place or an investor named late is not.
constexpr std::size_t topicWindowBytes = 40;

bool isFirm(EntityType t)
{
    return t == EntityType::Company || t == EntityType::Investor || t == EntityType::Academia;
}

// "It has partnered with Oracle", "The company opened ...": the sentence goes on about the old topic.
bool startsWithAnaphor(std::string_view text, std::size_t before)
{
    for (const EnglishToken& t : tokenizeEnglish(text.substr(0, before)))
        if (t.lower == "it" || t.lower == "its" || t.lower == "they" || t.lower == "company" ||
            t.lower == "firm" || t.lower == "he" || t.lower == "she")
            return true;
    return false;
}

} // namespace

void EnglishRelationExtractor::followFocus(std::string_view text,
                                           const std::vector<ResolvedMention>& mentions,
                                           const SentenceContext& context)
{
    if (!context.entities)
        return;
    std::vector<ResolvedMention> sorted = mentions;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    // The first name that is not a place ("TORONTO — Cohere said") is the sentence's topic if it is a firm;
    // an organisation named later ("It partnered with Oracle") is not.
    for (const auto& m : sorted) {
        if (m.begin > topicWindowBytes || startsWithAnaphor(text, m.begin))
            break;
        const EntityType type = (*context.entities)[m.entity].type;
        // A dateline place and an affixed name ("Nvidia-backed Cohere") are not what the sentence is about.
        if (type == EntityType::Place || type == EntityType::Country ||
            (m.end < text.size() && text[m.end] == '-'))
            continue;
        if (isFirm(type))
            focus_ = m.entity;
        return;
    }
}

void EnglishRelationExtractor::extract(const AnalysedSentence& s,
                                       const std::vector<ResolvedMention>& mentions,
                                       const SentenceContext& context, std::vector<RelationCandidate>& out)
{
    // The focus before this sentence: "the company" in a sentence points back, not to itself.
    const std::optional<std::size_t> focus = focus_ ? focus_ : context.focusOrganisation;
    followFocus(s.sentence->text, mentions, context);
    if (mentions.empty() && !focus)
        return;
    const EnglishClause clause(s.sentence->text, mentions);
    EnglishRelationSink sink(clause, context, focus ? focus : focus_, s.sentence->text, publicationDate_,
                             out);
    addTriggerRelations(clause, sink);
    addRoleRelations(clause, sink);
    addAffixRelations(clause, sink);
}

} // namespace newsgraph::core
