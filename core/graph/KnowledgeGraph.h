// A Boost.Graph view of GraphData with centrality, components, paths and communities.
#pragma once

#include "model/GraphData.h"

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace newsgraph::core {

struct PathStep {
    EntityId from = 0;
    EntityId to = 0;
    RelationId relation = 0; // the relation crossed (its evidence explains the hop)
};

struct PathOptions {
    bool moneyOnly = false;          // invests_in / funds / acquires only
    bool excludeMentionedWith = true;
    std::size_t maxPaths = 10;       // all shortest paths up to this many
};

// Memory is O(nodes + relations): 100k nodes / 1M relations take a few hundred MB including the
// GraphData, and degree, PageRank, components, Louvain, paths and neighbourhoods run in seconds
// at that size; betweenness switches to sampling there (see below).
class KnowledgeGraph
{
public:
    explicit KnowledgeGraph(const GraphData& data); // copies what it needs; data may go away
    ~KnowledgeGraph();
    KnowledgeGraph(KnowledgeGraph&&) noexcept;
    KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

    std::size_t nodeCount() const;
    std::size_t edgeCount() const;

    // Per entity id. Undirected view of the graph; mentioned_with counts like any edge.
    // Degree counts relations (two relations between the same pair count twice); betweenness,
    // PageRank and communities see one edge per connected pair, weighted by its relation count
    // in PageRank and Louvain. Self-loops and relations to unknown entities are ignored.
    std::map<EntityId, double> degree() const;
    // Normalised to [0,1]. Exact (Brandes, O(n·m)) while n·m stays below about 10^8; beyond
    // that an estimate from sampled sources with the same budget, so a 100k-node graph takes
    // seconds, not hours.
    // The estimate can be stopped by raising `cancelled` (the exact measure cannot): the result is then empty.
    std::map<EntityId, double> betweenness(const std::atomic_bool* cancelled = nullptr) const;
    // Estimate from `pivots` sampled sources (O(pivots·m)); exact when pivots >= n.
    std::map<EntityId, double> betweennessSampled(std::size_t pivots, unsigned seed = 1) const;
    std::map<EntityId, double> pageRank(double damping = 0.85) const;
    std::map<EntityId, int> components() const;    // component index, largest first = 0
    std::map<EntityId, int> communities(unsigned seed = 1) const; // Louvain, deterministic for a seed

    // Shortest relation paths (unweighted), each a list of steps from `from` to `to`; relations
    // are crossed in either direction, and two relations between one pair give two paths.
    // Paths come in a stable order (by entity id, then relation id, walking back from `to`).
    // Empty when from == to, either id is unknown, or nothing connects them.
    std::vector<std::vector<PathStep>> shortestPaths(EntityId from, EntityId to, const PathOptions& options = {}) const;
    // Entities within k hops (including the start).
    std::set<EntityId> neighbourhood(EntityId start, int hops) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace newsgraph::core
