#include "layout/LayoutComputation.h"

#include "layout/CircularLayout.h"
#include "layout/ForceLayout.h"
#include "layout/GroupedLayout.h"
#include "layout/RadialLayout.h"

namespace newsgraph::ui {

std::vector<QPointF> computeLayout(LayoutKind kind, const LayoutInput& input, int maxIterations)
{
    switch (kind) {
    case LayoutKind::Circular:
        return circularLayout(input);
    case LayoutKind::Grouped:
        return groupedLayout(input);
    case LayoutKind::Radial:
        return radialLayout(input);
    case LayoutKind::Force:
        break;
    }
    ForceLayout layout(input);
    layout.runToConvergence(maxIterations);
    return layout.positions();
}

} // namespace newsgraph::ui
