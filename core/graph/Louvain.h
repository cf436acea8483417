// Louvain community detection (modularity), deterministic for a given seed.
#pragma once

#include "graph/GraphTopology.h"

#include <vector>

namespace newsgraph::core::graph {

// Community index per node: 0 = largest community, ties by smallest entity id. Edges are
// weighted by the number of relations between two nodes. The seed only fixes the order in
// which nodes are visited (std::mt19937 + our own shuffle, so results match across platforms).
std::vector<int> louvainCommunities(const GraphTopology& topology, unsigned seed);

} // namespace newsgraph::core::graph
