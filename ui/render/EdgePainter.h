// Edges at the detailed level: per-pen batches, curves for parallel edges, arrows, hairlines for pass-throughs.
#pragma once

#include "canvas/CanvasGraph.h"
#include "render/GraphRenderer.h"

namespace newsgraph::ui {

class EdgePainter
{
public:
    EdgePainter(const CanvasGraph& graph, const std::vector<double>& radii) : graph_(&graph), radii_(radii) {}

    // Edges whose ends are both off screen become thin hairlines (the strongest 1,500 at most);
    // beyond ~1,500 visible edges they are drawn as 1-px lines without antialiasing.
    void paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight, const QRectF& world,
               RenderStats& stats) const;

    // How far (device units) a parallel edge bows from the straight line; 0 for a single edge.
    static double bowFor(const CanvasEdge& edge, double uiScale);

private:
    const CanvasGraph* graph_;
    const std::vector<double>& radii_;
};

} // namespace newsgraph::ui
