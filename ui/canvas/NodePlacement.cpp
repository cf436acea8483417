#include "canvas/NodePlacement.h"

#include <cmath>

namespace newsgraph::ui {

void placeNewNodes(CanvasGraph& graph, const std::vector<bool>& placed)
{
    const std::size_t n = std::min(graph.nodes.size(), placed.size());
    QPointF centre;
    int count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (placed[i]) {
            centre += graph.nodes[i].position;
            ++count;
        }
    if (count > 0)
        centre /= count;
    std::vector<int> anchor(n, -1);
    auto offer = [&](int node, int other) {
        const auto i = static_cast<std::size_t>(node), o = static_cast<std::size_t>(other);
        if (i < n && o < n && !placed[i] && placed[o] && anchor[i] < 0)
            anchor[i] = other;
    };
    for (const CanvasEdge& edge : graph.edges) {
        offer(edge.source, edge.target);
        offer(edge.target, edge.source);
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i])
            continue;
        const QPointF at = anchor[i] < 0 ? centre : graph.nodes[static_cast<std::size_t>(anchor[i])].position;
        const double angle = static_cast<double>(i) * 2.399963; // golden angle: no two land together
        graph.nodes[i].position = at + QPointF(std::cos(angle), std::sin(angle)) * 40.0;
    }
}

} // namespace newsgraph::ui
