// Generated graphs with Korean names, for benchmarks and tests (no corpus needed).
#pragma once

#include "model/GraphData.h"

#include <cstdint>

namespace newsgraph::ui {

// Communities of entities of every type; about 80% of relations stay inside a community, some pairs
// get parallel relations, some carry amounts. The same arguments give the same data.
core::GraphData makeSyntheticGraphData(int nodeCount, int edgeCount, std::uint64_t seed = 1);

} // namespace newsgraph::ui
