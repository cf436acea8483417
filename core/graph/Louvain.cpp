// Louvain: local moving of nodes between communities, then aggregation, until modularity stops rising.
#include "graph/Louvain.h"

#include "graph/Centrality.h"

#include <numeric>
#include <random>

namespace newsgraph::core::graph {
namespace {

// A weighted undirected graph with self-loops, as each aggregation level produces.
struct WeightedGraph {
    std::vector<std::vector<std::pair<std::size_t, double>>> adjacent; // no self-loops in here
    std::vector<double> selfLoop;                                      // weight of the node's own loop
    std::size_t size() const { return adjacent.size(); }
};

WeightedGraph fromTopology(const GraphTopology& topology)
{
    WeightedGraph g;
    const auto n = topology.nodeCount();
    g.adjacent.resize(n);
    g.selfLoop.assign(n, 0.0);
    auto weight = boost::get(boost::edge_weight, topology.simple);
    for (std::size_t v = 0; v < n; ++v)
        for (auto [e, end] = boost::out_edges(v, topology.simple); e != end; ++e)
            g.adjacent[v].emplace_back(boost::target(*e, topology.simple), weight[*e]);
    return g;
}

// One round of local moving; returns the community of each node and whether anything moved.
bool moveNodes(const WeightedGraph& g, std::vector<std::size_t>& community, std::mt19937& random)
{
    const std::size_t n = g.size();
    std::vector<double> degree(n, 0.0);
    double total = 0; // 2m
    for (std::size_t v = 0; v < n; ++v) {
        degree[v] = 2 * g.selfLoop[v];
        for (const auto& [u, w] : g.adjacent[v])
            degree[v] += w;
        total += degree[v];
    }
    community.resize(n);
    std::iota(community.begin(), community.end(), 0);
    if (total == 0)
        return false;

    std::vector<double> communityDegree = degree;
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t i = n; i > 1; --i) // Fisher-Yates with plain modulo: same order everywhere
        std::swap(order[i - 1], order[random() % i]);

    std::vector<double> linkTo(n, 0.0);
    std::vector<std::size_t> touched;
    bool movedAny = false;
    // Passes stop once they gain almost no modularity: on graphs without clear communities
    // (large random-like graphs) nodes keep hopping for tiny gains, which would cost O(m) each.
    constexpr int maxPasses = 32;
    constexpr double minPassGain = 1e-4;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool moved = false;
        double passGain = 0;
        for (std::size_t v : order) {
            const std::size_t own = community[v];
            touched.clear();
            linkTo[own] = 0;
            touched.push_back(own);
            for (const auto& [u, w] : g.adjacent[v]) {
                std::size_t c = community[u];
                if (linkTo[c] == 0 && c != own)
                    touched.push_back(c);
                linkTo[c] += w;
            }
            communityDegree[own] -= degree[v];
            std::size_t best = own;
            const double stayGain = linkTo[own] - communityDegree[own] * degree[v] / total;
            double bestGain = stayGain;
            for (std::size_t c : touched) {
                double gain = linkTo[c] - communityDegree[c] * degree[v] / total;
                if (gain > bestGain + 1e-12) {
                    best = c;
                    bestGain = gain;
                }
            }
            communityDegree[best] += degree[v];
            for (std::size_t c : touched)
                linkTo[c] = 0;
            if (best != own) {
                community[v] = best;
                moved = movedAny = true;
                passGain += 2 * (bestGain - stayGain) / total; // modularity gained by this move
            }
        }
        if (!moved || passGain < minPassGain)
            break;
    }
    return movedAny;
}

// Renumbers labels densely (in order of first appearance) and returns how many there are.
std::size_t compact(std::vector<std::size_t>& label)
{
    std::vector<std::size_t> renamed(label.size(), static_cast<std::size_t>(-1));
    std::size_t next = 0;
    for (auto& l : label) {
        if (renamed[l] == static_cast<std::size_t>(-1))
            renamed[l] = next++;
        l = renamed[l];
    }
    return next;
}

WeightedGraph aggregate(const WeightedGraph& g, const std::vector<std::size_t>& community, std::size_t count)
{
    WeightedGraph next;
    next.adjacent.resize(count);
    next.selfLoop.assign(count, 0.0);
    std::vector<double> linkTo(count, 0.0);
    std::vector<std::vector<std::size_t>> members(count);
    for (std::size_t v = 0; v < g.size(); ++v)
        members[community[v]].push_back(v);
    std::vector<std::size_t> touched;
    for (std::size_t c = 0; c < count; ++c) {
        touched.clear();
        for (std::size_t v : members[c]) {
            next.selfLoop[c] += g.selfLoop[v];
            for (const auto& [u, w] : g.adjacent[v]) {
                std::size_t d = community[u];
                if (d == c) {
                    next.selfLoop[c] += w / 2; // each inner edge is seen from both ends
                    continue;
                }
                if (linkTo[d] == 0)
                    touched.push_back(d);
                linkTo[d] += w;
            }
        }
        for (std::size_t d : touched) {
            next.adjacent[c].emplace_back(d, linkTo[d]);
            linkTo[d] = 0;
        }
    }
    return next;
}

} // namespace

std::vector<int> louvainCommunities(const GraphTopology& topology, unsigned seed)
{
    const std::size_t n = topology.nodeCount();
    std::mt19937 random(seed);
    WeightedGraph g = fromTopology(topology);
    std::vector<std::size_t> membership(n);
    std::iota(membership.begin(), membership.end(), 0);

    for (int level = 0; level < 64 && g.size() > 1; ++level) {
        std::vector<std::size_t> community;
        if (!moveNodes(g, community, random))
            break;
        std::size_t count = compact(community);
        for (auto& m : membership)
            m = community[m];
        if (count == g.size())
            break;
        g = aggregate(g, community, count);
    }
    return rankGroups(membership);
}

} // namespace newsgraph::core::graph
