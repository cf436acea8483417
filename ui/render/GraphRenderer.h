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

struct RenderOptions {
    ViewTransform view;
    QRectF deviceRect;                 // the area painted (everything outside is culled)
    double uiScale = 1;                // multiplies fonts, pens, arrows: export dpi / 96
    QColor background = Qt::white;     // alpha 0: leave the device transparent
    bool labels = true;
    int maxLabels = 400;
    const SpatialGrid* grid = nullptr; // speeds up culling on screen; nullptr tests every node
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
class GraphRenderer
{
public:
    explicit GraphRenderer(const CanvasGraph& graph);

    void updateRadii(); // after the graph's size values change
    const std::vector<double>& radii() const { return radii_; }
    double largestRadius() const { return largestRadius_; }
    QRectF worldBounds() const; // nodes including their radii

    RenderStats paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight) const;

    static bool isDetailed(double scale) { return scale * 6 >= 2.5; }

private:
    std::vector<int> visibleNodes(const RenderOptions& options, const QRectF& world) const;
    void paintDots(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                   const std::vector<int>& nodes, const QRectF& world, RenderStats& stats) const;
    void paintNodesDetailed(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                            const std::vector<int>& nodes) const;
    int paintLabels(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                    const std::vector<int>& nodes, std::vector<QRectF>& boxes) const;

    const CanvasGraph* graph_;
    std::vector<double> radii_;
    double largestRadius_ = 6;
};

} // namespace newsgraph::ui
