// What changed between two graphs (a dated snapshot and now, or two databases), by stable keys.
#pragma once

#include "model/GraphData.h"

#include <string>
#include <vector>

namespace newsgraph::core {

// A relation named by its endpoints' stable keys, so it can be compared across databases.
struct RelationKey {
    RelationType type = RelationType::MentionedWith;
    std::string sourceKey;
    std::string targetKey;
    auto operator<=>(const RelationKey&) const = default;
};

struct EntityChange {
    std::string key;
    std::string name;
    EntityType type = EntityType::Company;
};

struct RelationChange {
    RelationKey key;
    std::string sourceName;
    std::string targetName;
};

struct AmountChange {
    RelationChange relation;
    std::vector<Amount> before; // distinct amounts stated before
    std::vector<Amount> after;
};

struct OutletChange {
    RelationChange relation;
    std::vector<std::string> newOutlets; // outlets that state the relation now but did not before
};

struct GraphDiff {
    std::vector<EntityChange> addedEntities;
    std::vector<EntityChange> removedEntities;
    std::vector<RelationChange> addedRelations;
    std::vector<RelationChange> removedRelations;
    std::vector<AmountChange> changedAmounts;
    std::vector<OutletChange> newCorroboration;

    bool empty() const;
};

// Compares by entity key and (type, source key, target key); mentioned_with is ignored unless asked.
GraphDiff diffGraphs(const GraphData& before, const GraphData& after, bool includeMentionedWith = false);

} // namespace newsgraph::core
