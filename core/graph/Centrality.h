// Node measures over the undirected view: betweenness, PageRank, connected components.
#pragma once

#include "graph/GraphTopology.h"

#include <atomic>
#include <vector>

namespace newsgraph::core::graph {

// Brandes (Boost), unweighted, normalised by the number of pairs not involving the node,
// (n-1)(n-2)/2. Time O(n·m): exact betweenness on 100k nodes / 1M edges takes hours, so
// interactive callers should restrict it to a filtered view.
std::vector<double> betweenness(const GraphTopology& topology);

// Brandes from `pivots` sampled source nodes, scaled by n / pivots: an unbiased estimate in
// O(pivots·m) for graphs too large for the exact measure. With pivots >= n it is exact.
// Seconds on a large graph, so a caller may raise `cancelled` to stop it: the result is then empty.
std::vector<double> sampledBetweenness(const GraphTopology& topology, std::size_t pivots, unsigned seed,
                                       const std::atomic_bool* cancelled = nullptr);

// Power iteration, edges weighted by the number of relations between two nodes; isolated nodes
// spread their rank evenly. Sums to 1. Deterministic (fixed iteration order and stopping rule).
std::vector<double> pageRank(const GraphTopology& topology, double damping);

// Component index per node: 0 = largest, ties broken by the smallest entity id in the component.
std::vector<int> connectedComponents(const GraphTopology& topology);

// Renumbers arbitrary group labels: largest group first, ties by smallest node index.
std::vector<int> rankGroups(const std::vector<std::size_t>& label);

} // namespace newsgraph::core::graph
