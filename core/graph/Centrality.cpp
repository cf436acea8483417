// Centrality measures; Boost does betweenness, the rest are short loops over the CSR arrays.
#include "graph/Centrality.h"

#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace newsgraph::core::graph {

std::vector<double> betweenness(const GraphTopology& topology)
{
    const std::size_t n = topology.nodeCount();
    std::vector<double> centrality(n, 0.0);
    if (n < 3)
        return centrality;
    auto vertexIndex = boost::get(boost::vertex_index, topology.simple);
    boost::brandes_betweenness_centrality(
        topology.simple,
        boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), vertexIndex)));
    // Boost already halves the scores of undirected graphs, so each unordered pair counts once.
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (auto& c : centrality)
        c /= pairs;
    return centrality;
}

std::vector<double> sampledBetweenness(const GraphTopology& topology, std::size_t pivots, unsigned seed,
                                       const std::atomic_bool* cancelled)
{
    const std::size_t n = topology.nodeCount();
    std::vector<double> centrality(n, 0.0);
    if (n < 3 || pivots == 0)
        return centrality;
    pivots = std::min(pivots, n);

    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::mt19937 random(seed);
    for (std::size_t i = 0; i < pivots; ++i) // partial Fisher-Yates, plain modulo for portability
        std::swap(order[i], order[i + random() % (n - i)]);

    // Parallel relations are one edge here, as in the exact (Boost) measure.
    auto forEachNeighbour = [&](std::uint32_t v, auto&& visit) {
        for (std::size_t k = topology.offsets[v]; k < topology.offsets[v + 1]; ++k)
            if (k == topology.offsets[v] || topology.incidences[k - 1].neighbour != topology.incidences[k].neighbour)
                visit(topology.incidences[k].neighbour);
    };

    constexpr std::uint32_t unseen = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> distance(n, unseen), stack;
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    stack.reserve(n);
    for (std::size_t p = 0; p < pivots; ++p) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return {};
        const std::uint32_t source = order[p];
        stack.clear();
        distance[source] = 0;
        paths[source] = 1;
        stack.push_back(source);
        for (std::size_t head = 0; head < stack.size(); ++head) {
            std::uint32_t v = stack[head];
            forEachNeighbour(v, [&](std::uint32_t w) {
                if (distance[w] == unseen) {
                    distance[w] = distance[v] + 1;
                    stack.push_back(w);
                }
                if (distance[w] == distance[v] + 1)
                    paths[w] += paths[v];
            });
        }
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            std::uint32_t v = *it;
            forEachNeighbour(v, [&](std::uint32_t w) {
                if (distance[w] == distance[v] + 1)
                    dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            });
            if (v != source)
                centrality[v] += dependency[v];
        }
        for (std::uint32_t v : stack) {
            distance[v] = unseen;
            paths[v] = 0;
            dependency[v] = 0;
        }
    }
    // Each unordered pair is seen from both ends when every node is a source: halve, then scale
    // the sample up and normalise as the exact measure does.
    const double scale = static_cast<double>(n) / static_cast<double>(pivots) / 2.0;
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (auto& c : centrality)
        c = c * scale / pairs;
    return centrality;
}

std::vector<double> pageRank(const GraphTopology& topology, double damping)
{
    const std::size_t n = topology.nodeCount();
    if (n == 0)
        return {};
    const auto& g = topology.simple;
    auto weight = boost::get(boost::edge_weight, g);
    std::vector<double> strength(n, 0.0);
    for (std::size_t v = 0; v < n; ++v)
        for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
            strength[v] += weight[*e];

    std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
    constexpr int maxIterations = 1000;
    constexpr double tolerance = 1e-12;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        double dangling = 0;
        for (std::size_t v = 0; v < n; ++v)
            if (strength[v] == 0)
                dangling += rank[v];
        const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
        std::fill(next.begin(), next.end(), base);
        for (std::size_t v = 0; v < n; ++v) {
            if (strength[v] == 0)
                continue;
            const double share = damping * rank[v] / strength[v];
            for (auto [e, end] = boost::out_edges(v, g); e != end; ++e)
                next[boost::target(*e, g)] += share * weight[*e];
        }
        double change = 0;
        for (std::size_t v = 0; v < n; ++v)
            change += std::abs(next[v] - rank[v]);
        rank.swap(next);
        if (change < tolerance)
            break;
    }
    // Renormalise away floating-point drift so the ranks sum to 1.
    const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
    for (auto& r : rank)
        r /= total;
    return rank;
}

std::vector<int> rankGroups(const std::vector<std::size_t>& label)
{
    const std::size_t n = label.size();
    std::size_t groups = 0;
    for (auto l : label)
        groups = std::max(groups, l + 1);
    std::vector<std::size_t> size(groups, 0), first(groups, n);
    for (std::size_t v = 0; v < n; ++v) {
        ++size[label[v]];
        first[label[v]] = std::min(first[label[v]], v);
    }
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < groups; ++c)
        if (size[c] > 0)
            order.push_back(c);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return size[a] != size[b] ? size[a] > size[b] : first[a] < first[b];
    });
    std::vector<int> rankOf(groups, -1);
    for (std::size_t r = 0; r < order.size(); ++r)
        rankOf[order[r]] = static_cast<int>(r);
    std::vector<int> result(n);
    for (std::size_t v = 0; v < n; ++v)
        result[v] = rankOf[label[v]];
    return result;
}

std::vector<int> connectedComponents(const GraphTopology& topology)
{
    const std::size_t n = topology.nodeCount();
    constexpr std::size_t unset = static_cast<std::size_t>(-1);
    std::vector<std::size_t> label(n, unset);
    std::vector<std::uint32_t> queue;
    std::size_t next = 0;
    for (std::uint32_t start = 0; start < n; ++start) {
        if (label[start] != unset)
            continue;
        label[start] = next;
        queue.assign(1, start);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            std::uint32_t v = queue[head];
            for (std::size_t k = topology.offsets[v]; k < topology.offsets[v + 1]; ++k) {
                std::uint32_t u = topology.incidences[k].neighbour;
                if (label[u] == unset) {
                    label[u] = next;
                    queue.push_back(u);
                }
            }
        }
        ++next;
    }
    return rankGroups(label);
}

} // namespace newsgraph::core::graph
