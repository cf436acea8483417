#include "layout/RadialLayout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <map>

namespace newsgraph::ui {

namespace {
constexpr double pi = 3.14159265358979;

std::vector<std::vector<int>> adjacency(const LayoutInput& input)
{
    std::vector<std::vector<int>> neighbours(static_cast<std::size_t>(input.nodeCount));
    for (const auto& [s, t] : input.edges) {
        if (s < 0 || t < 0 || s >= input.nodeCount || t >= input.nodeCount || s == t)
            continue;
        neighbours[static_cast<std::size_t>(s)].push_back(t);
        neighbours[static_cast<std::size_t>(t)].push_back(s);
    }
    for (auto& list : neighbours)
        std::sort(list.begin(), list.end());
    return neighbours;
}

std::vector<int> rootsOf(const LayoutInput& input, const std::vector<std::vector<int>>& neighbours)
{
    std::vector<int> roots;
    for (int r : input.roots)
        if (r >= 0 && r < input.nodeCount && std::find(roots.begin(), roots.end(), r) == roots.end())
            roots.push_back(r);
    if (roots.empty() && input.nodeCount > 0) {
        int best = 0;
        for (int i = 1; i < input.nodeCount; ++i)
            if (neighbours[static_cast<std::size_t>(i)].size() > neighbours[static_cast<std::size_t>(best)].size())
                best = i;
        roots.push_back(best);
    }
    return roots;
}
} // namespace

std::vector<int> ringsFrom(const LayoutInput& input)
{
    const auto neighbours = adjacency(input);
    std::vector<int> ring(static_cast<std::size_t>(input.nodeCount), -1);
    std::deque<int> queue;
    for (int r : rootsOf(input, neighbours)) {
        ring[static_cast<std::size_t>(r)] = 0;
        queue.push_back(r);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (int next : neighbours[static_cast<std::size_t>(node)]) {
            if (ring[static_cast<std::size_t>(next)] < 0) {
                ring[static_cast<std::size_t>(next)] = ring[static_cast<std::size_t>(node)] + 1;
                queue.push_back(next);
            }
        }
    }
    return ring;
}

std::vector<QPointF> radialLayout(const LayoutInput& input)
{
    const auto n = static_cast<std::size_t>(input.nodeCount);
    std::vector<QPointF> result(n);
    if (n == 0)
        return result;
    const auto neighbours = adjacency(input);
    std::vector<int> ring = ringsFrom(input);
    const int deepest = *std::max_element(ring.begin(), ring.end());
    for (int& r : ring)
        if (r < 0)
            r = deepest + 1;
    std::map<int, std::vector<int>> byRing;
    for (std::size_t i = 0; i < n; ++i)
        byRing[ring[i]].push_back(static_cast<int>(i));

    // Each node is ordered by the angle of its first placed neighbour one ring in, to limit crossings.
    std::vector<double> angle(n, 0);
    const double step = input.edgeLength * 1.5;
    double previousRadius = 0;
    for (auto& [level, nodes] : byRing) {
        if (level > 0) {
            std::vector<double> key(nodes.size(), 0);
            for (std::size_t k = 0; k < nodes.size(); ++k) {
                double best = 10;
                for (int m : neighbours[static_cast<std::size_t>(nodes[k])])
                    if (ring[static_cast<std::size_t>(m)] == level - 1) {
                        best = angle[static_cast<std::size_t>(m)];
                        break;
                    }
                key[k] = best;
            }
            std::vector<std::size_t> idx(nodes.size());
            for (std::size_t k = 0; k < idx.size(); ++k)
                idx[k] = k;
            std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return key[a] < key[b]; });
            std::vector<int> sorted;
            for (std::size_t k : idx)
                sorted.push_back(nodes[k]);
            nodes = sorted;
        }
        const double count = static_cast<double>(nodes.size());
        double radius = level == 0 ? (nodes.size() == 1 ? 0 : count * input.edgeLength / (2 * pi))
                                   : std::max(previousRadius + step, count * input.edgeLength * 0.8 / (2 * pi));
        previousRadius = radius;
        for (std::size_t slot = 0; slot < nodes.size(); ++slot) {
            const auto node = static_cast<std::size_t>(nodes[slot]);
            const double a = 2 * pi * static_cast<double>(slot) / count - pi / 2;
            angle[node] = a + pi / 2; // 0..2π, monotone along the ring
            result[node] = input.isPinned(nodes[slot]) ? input.positions[node]
                                                       : QPointF(radius * std::cos(a), radius * std::sin(a));
        }
    }
    return result;
}

} // namespace newsgraph::ui
