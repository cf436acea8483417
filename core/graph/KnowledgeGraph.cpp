// KnowledgeGraph: owns the topology and answers per-entity measures, paths and neighbourhoods.
#include "graph/KnowledgeGraph.h"

#include "graph/Centrality.h"
#include "graph/GraphTopology.h"
#include "graph/Louvain.h"

#include <algorithm>
#include <limits>

namespace newsgraph::core {

struct KnowledgeGraph::Impl {
    graph::GraphTopology topology;

    template <typename T>
    std::map<EntityId, T> perEntity(const std::vector<T>& values) const
    {
        std::map<EntityId, T> out;
        for (std::size_t v = 0; v < values.size(); ++v)
            out.emplace_hint(out.end(), topology.ids[v], values[v]);
        return out;
    }
};

KnowledgeGraph::KnowledgeGraph(const GraphData& data) : impl_(std::make_unique<Impl>())
{
    impl_->topology = graph::GraphTopology(data);
}

KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

std::size_t KnowledgeGraph::nodeCount() const
{
    return impl_->topology.nodeCount();
}

std::size_t KnowledgeGraph::edgeCount() const
{
    return impl_->topology.relations.size();
}

std::map<EntityId, double> KnowledgeGraph::degree() const
{
    const auto& t = impl_->topology;
    std::vector<double> values(t.nodeCount());
    for (std::uint32_t v = 0; v < t.nodeCount(); ++v)
        values[v] = static_cast<double>(t.relationDegree(v));
    return impl_->perEntity(values);
}

std::map<EntityId, double> KnowledgeGraph::betweenness(const std::atomic_bool* cancelled) const
{
    // Work budget in edge visits; exact Brandes costs about n·2m of them.
    constexpr double budget = 2e8;
    const auto& t = impl_->topology;
    const double visitsPerSource = std::max<double>(1.0, static_cast<double>(t.incidences.size()));
    if (static_cast<double>(t.nodeCount()) * visitsPerSource <= budget)
        return impl_->perEntity(graph::betweenness(t));
    const auto pivots = static_cast<std::size_t>(std::max(32.0, budget / visitsPerSource));
    return impl_->perEntity(graph::sampledBetweenness(t, pivots, 1, cancelled));
}

std::map<EntityId, double> KnowledgeGraph::betweennessSampled(std::size_t pivots, unsigned seed) const
{
    return impl_->perEntity(graph::sampledBetweenness(impl_->topology, pivots, seed));
}

std::map<EntityId, double> KnowledgeGraph::pageRank(double damping) const
{
    return impl_->perEntity(graph::pageRank(impl_->topology, damping));
}

std::map<EntityId, int> KnowledgeGraph::components() const
{
    return impl_->perEntity(graph::connectedComponents(impl_->topology));
}

std::map<EntityId, int> KnowledgeGraph::communities(unsigned seed) const
{
    return impl_->perEntity(graph::louvainCommunities(impl_->topology, seed));
}

std::vector<std::vector<PathStep>> KnowledgeGraph::shortestPaths(EntityId from, EntityId to,
                                                                 const PathOptions& options) const
{
    const auto& t = impl_->topology;
    auto source = t.find(from), target = t.find(to);
    if (!source || !target || *source == *target || options.maxPaths == 0)
        return {};
    auto usable = [&](const graph::GraphTopology::Relation& r) {
        if (options.moneyOnly && !isMoneyRelation(r.type))
            return false;
        return !(options.excludeMentionedWith && r.type == RelationType::MentionedWith);
    };

    // BFS layering from the source; stops after the layer that reaches the target.
    constexpr std::uint32_t unseen = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> distance(t.nodeCount(), unseen);
    std::vector<std::uint32_t> frontier{*source}, nextFrontier;
    distance[*source] = 0;
    for (std::uint32_t depth = 0; !frontier.empty() && distance[*target] == unseen; ++depth) {
        nextFrontier.clear();
        for (std::uint32_t v : frontier) {
            for (std::size_t k = t.offsets[v]; k < t.offsets[v + 1]; ++k) {
                const auto& inc = t.incidences[k];
                if (distance[inc.neighbour] != unseen || !usable(t.relations[inc.relation]))
                    continue;
                distance[inc.neighbour] = depth + 1;
                nextFrontier.push_back(inc.neighbour);
            }
        }
        frontier.swap(nextFrontier);
    }
    if (distance[*target] == unseen)
        return {};

    // Walk back from the target over edges that descend one layer at a time; incidences are
    // sorted, so paths come out in a stable order.
    std::vector<std::vector<PathStep>> paths;
    std::vector<PathStep> reversed;
    auto walk = [&](auto&& self, std::uint32_t v) -> void {
        if (paths.size() >= options.maxPaths)
            return;
        if (v == *source) {
            paths.emplace_back(reversed.rbegin(), reversed.rend());
            return;
        }
        for (std::size_t k = t.offsets[v]; k < t.offsets[v + 1]; ++k) {
            const auto& inc = t.incidences[k];
            if (distance[inc.neighbour] + 1 != distance[v] || !usable(t.relations[inc.relation]))
                continue;
            reversed.push_back(PathStep{t.ids[inc.neighbour], t.ids[v], t.relations[inc.relation].id});
            self(self, inc.neighbour);
            reversed.pop_back();
            if (paths.size() >= options.maxPaths)
                return;
        }
    };
    walk(walk, *target);
    return paths;
}

std::set<EntityId> KnowledgeGraph::neighbourhood(EntityId start, int hops) const
{
    const auto& t = impl_->topology;
    auto origin = t.find(start);
    if (!origin)
        return {};
    std::vector<bool> seen(t.nodeCount(), false);
    std::vector<std::uint32_t> frontier{*origin}, nextFrontier;
    seen[*origin] = true;
    std::set<EntityId> result{start};
    for (int depth = 0; depth < hops && !frontier.empty(); ++depth) {
        nextFrontier.clear();
        for (std::uint32_t v : frontier) {
            for (std::size_t k = t.offsets[v]; k < t.offsets[v + 1]; ++k) {
                std::uint32_t u = t.incidences[k].neighbour;
                if (!seen[u]) {
                    seen[u] = true;
                    result.insert(t.ids[u]);
                    nextFrontier.push_back(u);
                }
            }
        }
        frontier.swap(nextFrontier);
    }
    return result;
}

} // namespace newsgraph::core
