// Breadth-first rings around the roots (the selection): ring k holds the nodes k hops away.
#pragma once

#include "layout/LayoutInput.h"

namespace newsgraph::ui {

// Without roots the best-connected node is the centre. Unreachable nodes form the outermost ring.
std::vector<QPointF> radialLayout(const LayoutInput& input);

// Hop distance from the roots per node (-1 when unreachable), as the layout uses it.
std::vector<int> ringsFrom(const LayoutInput& input);

} // namespace newsgraph::ui
