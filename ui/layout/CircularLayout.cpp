#include "layout/CircularLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace newsgraph::ui {

std::vector<QPointF> circularLayout(const LayoutInput& input)
{
    const auto n = static_cast<std::size_t>(input.nodeCount);
    std::vector<QPointF> result(n);
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto groupOf = [&](int node) {
        return node < static_cast<int>(input.groups.size()) ? input.groups[static_cast<std::size_t>(node)] : 0;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return groupOf(a) < groupOf(b); });
    // Neighbours on the ring sit about one edge length apart.
    const double radius = std::max(input.edgeLength, static_cast<double>(n) * input.edgeLength / (2 * 3.14159265358979));
    for (std::size_t slot = 0; slot < n; ++slot) {
        const int node = order[slot];
        const double angle = 2 * 3.14159265358979 * static_cast<double>(slot) / static_cast<double>(n) - 3.14159265358979 / 2;
        result[static_cast<std::size_t>(node)] = input.isPinned(node)
            ? input.positions[static_cast<std::size_t>(node)]
            : QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return result;
}

} // namespace newsgraph::ui
