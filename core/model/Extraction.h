// What core/extract finds in one article: entities, their mentions and relations with evidence.
#pragma once

#include "Amount.h"
#include "EntityType.h"
#include "RelationType.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

enum class Tense { Unspecified, Past, Present, Planned };
std::string_view toString(Tense tense);
Tense tenseFromString(std::string_view id);

// Where an extracted name came from; kept for diagnostics and confidence.
enum class EntitySource { Lexicon, Rule, Model, Byline };

struct ExtractedEntity {
    // Resolution key: lexicon canonical id ("lex:openai") or the normalised name ("name:리프마인드").
    // The same key in two articles means the same entity.
    std::string key;
    std::string name; // display name
    EntityType type = EntityType::Company;
    std::vector<std::string> aliases; // every other surface form seen (particles stripped)
    double confidence = 1.0;
    EntitySource source = EntitySource::Rule;
};

struct ExtractedMention {
    std::string entityKey;
    std::size_t sentenceIndex = 0;
    std::size_t begin = 0; // UTF-8 byte offsets into Article::body
    std::size_t end = 0;
    std::string surface;   // the form as written, particles stripped
};

struct RelationEvidence {
    std::size_t sentenceIndex = 0;
    std::optional<Amount> amount;
    std::string date; // ISO "2017-10", "2024-06-17" or "" (event date, resolved against publication date)
    std::string role; // "CEO", "기자", "former chairman" ...
    Tense tense = Tense::Unspecified;
    double confidence = 0.5;
    std::string trigger; // the word that triggered the relation ("투자", "창업자"), for explanation
};

struct ExtractedRelation {
    RelationType type = RelationType::MentionedWith;
    std::string sourceKey;
    std::string targetKey;
    RelationEvidence evidence;
};

struct Extraction {
    std::vector<ExtractedEntity> entities; // one per key
    std::vector<ExtractedMention> mentions;
    std::vector<ExtractedRelation> relations;
};

} // namespace newsgraph::core
