// What one bulk-ingest transaction has already read or written, so repeats cost no SELECT.
#pragma once

#include "model/RelationType.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

namespace newsgraph::core::store {

// The same few hundred entities, their aliases and many relations recur in every article of a
// corpus; looking each up again per article was a large share of the store stage. Entries are
// only true while no one else writes: GraphStore keeps one per open bulk transaction and clears
// it on commit and on any failure, ArticleWriter clears it when garbage collection deletes rows.
struct WriteCache {
    struct Entity {
        std::int64_t id = 0;
        double confidence = 0;
        bool lexicon = false; // stored source is 'lexicon' (or adopting it would change nothing)
    };
    struct RelationKey {
        RelationType type;
        std::int64_t source, target;
        bool operator==(const RelationKey&) const = default;
    };
    struct RelationHash {
        std::size_t operator()(const RelationKey& k) const
        {
            const std::size_t h = std::hash<std::int64_t>{}(k.source) * 1000003u ^ std::hash<std::int64_t>{}(k.target);
            return h * 31u + static_cast<std::size_t>(k.type);
        }
    };

    std::unordered_map<std::string, Entity> entities; // by entity key
    std::set<std::pair<std::int64_t, std::string>> aliases; // (entity, alias) known to be stored
    std::unordered_map<RelationKey, std::int64_t, RelationHash> relations;

    void clear()
    {
        entities.clear();
        aliases.clear();
        relations.clear();
    }
};

} // namespace newsgraph::core::store
