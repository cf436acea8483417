// The graph's shape in compact arrays plus a Boost adjacency_list (internal to core/graph).
#pragma once

#include "model/GraphData.h"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace newsgraph::core::graph {

// Memory is O(nodes + relations) throughout (100k nodes / 1M relations fit in well under 200 MB);
// nothing here is indexed by pairs of nodes.
struct GraphTopology {
    // One undirected edge per connected pair; weight = number of relations between the two.
    using SimpleGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                              boost::property<boost::edge_weight_t, double>>;

    struct Relation {
        RelationId id = 0;
        std::uint32_t a = 0, b = 0; // node indices (source, target)
        RelationType type = RelationType::MentionedWith;
    };
    struct Incidence {
        std::uint32_t neighbour = 0;
        std::uint32_t relation = 0; // index into relations
    };

    std::vector<EntityId> ids; // node index -> entity id, ascending
    std::unordered_map<EntityId, std::uint32_t> index;
    std::vector<Relation> relations; // self-loops and relations to unknown entities left out
    // CSR: incidences[offsets[v] .. offsets[v+1]) are v's relations, ordered by (neighbour id, relation id).
    std::vector<std::size_t> offsets;
    std::vector<Incidence> incidences;
    SimpleGraph simple;

    explicit GraphTopology(const GraphData& data);
    GraphTopology() = default;

    std::size_t nodeCount() const { return ids.size(); }
    std::size_t relationDegree(std::uint32_t v) const { return offsets[v + 1] - offsets[v]; }
    std::optional<std::uint32_t> find(EntityId id) const
    {
        auto it = index.find(id);
        if (it == index.end())
            return std::nullopt;
        return it->second;
    }
};

} // namespace newsgraph::core::graph
