// Paints a CanvasGraph with QPainter on any device (widget, QImage, SVG, PDF) so exports match the screen.
#pragma once

#include "canvas/CanvasGraph.h"
#include "render/HighlightState.h"
#include "render/ViewTransform.h"

#include <QColor>
#include <QRectF>

#include <vector>

class QPainter;

namespace newsgraph::ui {

class SpatialGrid;
struct ScreenCache;

struct RenderOptions {
    ViewTransform view;
    QRectF deviceRect;                 // the area painted (everything outside is culled)
    double uiScale = 1;                // multiplies fonts, pens, arrows: export dpi / 96
    QColor background = Qt::white;     // alpha 0: leave the device transparent
    bool labels = true;
    int maxLabels = 400;
    const SpatialGrid* grid = nullptr; // speeds up culling on screen; nullptr tests every node
    // Screen only (the canvas sets it, for an untransformed raster painter): node and label sprites
    // and the 1-px line layer. Null for exports, which draw exact vector shapes and text.
    ScreenCache* screen = nullptr;
};

// What the last paint drew, for benchmarks and tests.
struct RenderStats {
    int visibleNodes = 0;
    int visibleEdges = 0;
    int labels = 0;
    bool detailed = false;
    std::vector<QRectF> labelBoxes; // device rectangles of the labels drawn
};

// Level of detail: when typical nodes are under ~2.5 px, nodes become dots, edges are batched per
// colour into one drawLines call and labels are skipped; nearer, shapes, curves, arrows and labels.
// On screen (RenderOptions::screen) the same picture comes from the canvas's caches: 1-px lines and
// dots through the line layer, node shapes and labels as sprites. Files never take that path.
class GraphRenderer
{
public:
    explicit GraphRenderer(const CanvasGraph& graph);

    void updateRadii(); // after the graph's size values (or edges) change
    const std::vector<double>& radii() const { return radii_; }
    double largestRadius() const { return largestRadius_; }
    QRectF worldBounds() const; // nodes including their radii

    RenderStats paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight) const;

    static bool isDetailed(double scale) { return scale * 6 >= 2.5; }

private:
    std::vector<int> visibleNodes(const RenderOptions& options, const QRectF& world) const;
    void paintDots(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                   const std::vector<int>& nodes, const QRectF& world, RenderStats& stats, ScreenCache* screen) const;
    void paintNodesDetailed(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                            const std::vector<int>& nodes, ScreenCache* screen) const;
    int paintLabels(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                    const std::vector<int>& nodes, std::vector<QRectF>& boxes, ScreenCache* screen) const;

    const CanvasGraph* graph_;
    std::vector<double> radii_;
    // GraphStyle::edgeWidth per edge, made by the first detailed frame: logarithms per edge are too
    // dear for every frame, and not needed at all while the whole graph is in view.
    mutable std::vector<double> edgeWidths_;
    mutable std::vector<QPointF> positions_; // copied per frame: compact for the edge loops (kept to save allocations)
    double largestRadius_ = 6;
};

} // namespace newsgraph::ui
