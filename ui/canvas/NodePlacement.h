// Where nodes new to the view start, so that a relaxed filter grows the picture instead of reshuffling it.
#pragma once

#include "canvas/CanvasGraph.h"

#include <vector>

namespace newsgraph::ui {

// Each node with placed[i] == false starts beside the other end of its first edge (in edge order)
// whose other end is placed, else near the centre of the placed nodes; a golden-angle offset by
// index keeps two newcomers at one anchor apart. One pass over the edges: O(nodes + edges), where
// asking every new node for its first placed neighbour would be O(new nodes × edges) (seconds for
// thousands of newcomers in a 60k-edge graph).
void placeNewNodes(CanvasGraph& graph, const std::vector<bool>& placed);

} // namespace newsgraph::ui
