// What every layout algorithm needs: node count, edges, groups, pins, roots and a seed.
#pragma once

#include <QPointF>

#include <cstdint>
#include <utility>
#include <vector>

namespace newsgraph::ui {

struct LayoutInput {
    int nodeCount = 0;
    std::vector<std::pair<int, int>> edges; // node indices; parallel edges may repeat a pair
    std::vector<QPointF> positions;         // current positions (size nodeCount) or empty: seeded start
    std::vector<bool> pinned;               // size nodeCount or empty; pinned nodes keep `positions`
    std::vector<int> groups;                // per node (entity type index) for grouped/circular order
    std::vector<int> roots;                 // radial layout centres (the selection)
    std::uint64_t seed = 1;
    double edgeLength = 60;                 // ideal edge length in world units

    bool isPinned(int node) const
    {
        return node < static_cast<int>(pinned.size()) && pinned[static_cast<std::size_t>(node)]
            && node < static_cast<int>(positions.size());
    }
};

} // namespace newsgraph::ui
