// GraphData prepared once for every exporter: stable order, symmetric relations once, no dangling edges.
#pragma once

#include "model/GraphData.h"

#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

struct ExportRelation {
    const RelationRecord* record = nullptr; // the lowest-id record (review, note, user flag come from it)
    EntityId source = 0;                    // for symmetric types the smaller entity id
    EntityId target = 0;
    std::vector<EvidenceRecord> evidence;   // merged over records of the same symmetric pair

    RelationType type() const { return record->type; }
    int weight() const { return static_cast<int>(evidence.empty() ? 1 : evidence.size()); }
};

// What the tabular and graph formats show of a relation in one row or one edge.
struct RelationSummary {
    std::optional<Amount> amount; // from the first evidence that states one
    std::string date;             // the earliest evidence date
    std::string articles;         // distinct article names, "; "-separated, in evidence order
    std::string sentence;         // the first evidence sentence
};

class ExportView
{
public:
    explicit ExportView(const GraphData& data);

    const std::vector<const ArticleRecord*>& articles() const { return articles_; }
    const std::vector<const EntityRecord*>& entities() const { return entities_; }
    const std::vector<ExportRelation>& relations() const { return relations_; }
    const GraphData& data() const { return data_; }

    // The article's file name, else its stored title, else "a<id>" (export contract).
    std::string articleName(const EvidenceRecord& evidence) const;
    RelationSummary summarize(const ExportRelation& relation) const;

private:
    const GraphData& data_;
    std::vector<const ArticleRecord*> articles_;
    std::vector<const EntityRecord*> entities_;
    std::vector<ExportRelation> relations_;
};

// Identifiers used by every format: "e17", "r5", "a3".
std::string entityRef(EntityId id);
std::string relationRef(RelationId id);
std::string articleRef(ArticleId id);

} // namespace newsgraph::core
