// Edges at the detailed level: per-pen batches, curves for parallel edges, arrows, hairlines for
// pass-throughs.
#pragma once

#include "canvas/CanvasGraph.h"
#include "render/GraphRenderer.h"

namespace newsgraph::ui {

class LineLayer;

class EdgePainter
{
public:
    // `positions` are the nodes' positions in one compact array (random access into CanvasNode,
    // 80 bytes each, missed the cache for every edge end).
    EdgePainter(const CanvasGraph& graph, const std::vector<QPointF>& positions,
                const std::vector<double>& radii, const std::vector<double>& widths)
        : graph_(&graph), positions_(positions), radii_(radii), widths_(widths)
    {
    }

    // Edges whose ends are both off screen become thin hairlines (the strongest 1,500 at most);
    // beyond ~1,500 visible edges all are drawn as 1-px lines without antialiasing. With a `layer`
    // (screen only) those 1-px lines, and curves flattened to 1-px polylines, go into it.
    void paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
               const QRectF& world, RenderStats& stats, LineLayer* layer = nullptr) const;

    // How far (device units) a parallel edge bows from the straight line; 0 for a single edge.
    static double bowFor(const CanvasEdge& edge, double uiScale);

private:
    const CanvasGraph* graph_;
    const std::vector<QPointF>& positions_;
    const std::vector<double>& radii_;
    const std::vector<double>& widths_; // GraphStyle::edgeWidth per edge
};

} // namespace newsgraph::ui
