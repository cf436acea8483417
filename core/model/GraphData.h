// The stored graph as read back from the database (curation applied): what graph, io and ui consume.
#pragma once

#include "Amount.h"
#include "EntityType.h"
#include "Extraction.h"
#include "RelationType.h"
#include "SharedList.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

using EntityId = std::int64_t;
using RelationId = std::int64_t;
using ArticleId = std::int64_t;

enum class ReviewState { Unreviewed, Verified, Disputed, Rejected };
std::string_view toString(ReviewState state);
ReviewState reviewStateFromString(std::string_view id);

struct ArticleRecord {
    ArticleId id = 0;
    std::string fileName;
    std::string sourcePath;
    std::string title;
    std::string outlet;
    std::string publishedDate;
    std::vector<std::string> reporters;
    std::string contentHash;
};

struct EvidenceRecord {
    ArticleId article = 0;
    std::string articleFile;  // Article::fileName
    std::size_t sentenceIndex = 0;
    std::string sentence;
    std::optional<Amount> amount;
    std::string date;
    std::string role;
    Tense tense = Tense::Unspecified;
    double confidence = 0.5;
    std::string trigger;
};

struct EntityRecord {
    EntityId id = 0;
    std::string key;
    std::string name;
    EntityType type = EntityType::Company;
    SharedList<std::string> aliases;  // sorted, without name; shared by copies
    int mentions = 0;                 // total mention count across articles
    SharedList<ArticleId> articles;   // articles that mention it, sorted; shared by copies
    bool userAdded = false;
    double confidence = 1.0;
};

struct RelationRecord {
    RelationId id = 0;
    EntityId source = 0;
    EntityId target = 0;
    RelationType type = RelationType::MentionedWith;
    ReviewState review = ReviewState::Unreviewed;
    SharedList<EvidenceRecord> evidence; // sorted by article, then sentence; shared by copies
    bool userAdded = false;
    std::string note;

    int weight() const { return static_cast<int>(evidence.empty() ? 1 : evidence.size()); }
};

// Entities sorted by id, relations sorted by id: deterministic for exports.
struct GraphData {
    SharedList<ArticleRecord> articles; // shared by a filtered copy that keeps them all
    std::vector<EntityRecord> entities;
    std::vector<RelationRecord> relations;

    const EntityRecord* entity(EntityId id) const;
    const ArticleRecord* article(ArticleId id) const;
};

} // namespace newsgraph::core
