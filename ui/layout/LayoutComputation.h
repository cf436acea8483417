// Runs any layout to completion on the calling thread (render command, exports, tests).
#pragma once

#include "layout/LayoutInput.h"
#include "layout/LayoutKind.h"

namespace newsgraph::ui {

// Force layouts run until they converge or reach maxIterations; the others are single-pass.
std::vector<QPointF> computeLayout(LayoutKind kind, const LayoutInput& input, int maxIterations = 1000);

} // namespace newsgraph::ui
