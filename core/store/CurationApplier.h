// Applies the curation log to the graph as read from the database (curation is applied on read).
#pragma once

#include "model/GraphData.h"
#include "store/GraphReader.h"
#include "store/GraphStore.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

namespace newsgraph::core::store {

// Edits are applied in three passes, each in log order: entity edits (rename, retype, merge,
// split, remove), then relations are redirected through merges and de-duplicated, then relation
// edits (reject, restore, review, add). Keys are resolved through merges, so an edit naming an
// entity that was later merged away applies to the surviving entity. Edits whose key no longer
// exists are skipped (and kept in the log).
class CurationApplier
{
public:
    using SurfaceLookup = std::function<SurfaceMentions(EntityId, const std::string& surfaceKey)>;

    CurationApplier(RawGraph raw, SurfaceLookup lookup) : raw_(std::move(raw)), lookup_(std::move(lookup)) {}

    GraphData apply(const std::vector<CurationEdit>& edits, bool includeRejected);

    // After apply(): stored entity id -> id shown in the curated graph (0 = removed).
    const std::unordered_map<EntityId, EntityId>& finalIds() const { return finalIds_; }

private:
    RawGraph raw_;
    std::unordered_map<EntityId, EntityId> finalIds_;
    SurfaceLookup lookup_;
};

// The key of the entity a SplitAlias edit creates (materialised by the store when the edit is added).
std::string splitEntityKey(const std::string& entityKey, const std::string& alias);

struct RelationRef {
    RelationType type = RelationType::MentionedWith;
    std::optional<ReviewState> state; // SetReview only
};
// Parses the value of relation edits: "type" or, for SetReview, "type=state".
std::optional<RelationRef> parseRelationValue(const std::string& value);

} // namespace newsgraph::core::store
