#include "render/EdgePainter.h"

#include "render/GraphStyle.h"
#include "render/LineClip.h"
#include "render/LineLayer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace newsgraph::ui {

namespace {
constexpr int relationTypeCount = static_cast<int>(core::allRelationTypes.size());
constexpr std::size_t maxPassingEdges = 1500;
constexpr int denseLineCount = 1500;
constexpr int curveSegments = 8; // a flattened curve in the line layer
const QColor pathColour(0xFF, 0x3D, 0x00);
const QColor hoverColour(0x00, 0x96, 0xFF);

QColor faded(QColor colour, bool fade, int normalAlpha)
{
    colour.setAlpha(fade ? 28 : normalAlpha);
    return colour;
}

double length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

// Parallel edges bow out to alternating sides; the side follows the pair's ordering, not edge direction.
double curveOffset(const CanvasEdge& edge, double uiScale)
{
    if (edge.parallelCount <= 1)
        return 0;
    return (edge.parallelIndex - (edge.parallelCount - 1) / 2.0) * 16 * uiScale;
}

// What one frame draws, gathered before drawing because the level of detail depends on the count.
struct Segment
{
    QLineF line;
    QRgb colour;
    int width; // 1/4 px
};
struct Curve
{
    QPointF start, control, end;
    QRgb colour;
    double width;
    bool onTop;    // highlighted: drawn wide even when dense
    bool straight; // a highlighted single edge (control unused)
};
struct Arrow
{
    QRgb colour;
    std::array<QPointF, 3> corners;
    bool onTop;
};
struct Passing
{
    int edge;
    QLineF line;
};
} // namespace

double EdgePainter::bowFor(const CanvasEdge& edge, double uiScale)
{
    return curveOffset(edge, uiScale);
}

void EdgePainter::paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                        const QRectF& world, RenderStats& stats, LineLayer* layer) const
{
    const ViewTransform& view = options.view;
    const double ui = options.uiScale;
    const double slack = 40 * ui / view.scale; // curves bow outside the straight segment's box
    const QRectF clip = options.deviceRect.adjusted(-20 * ui, -20 * ui, 20 * ui, 20 * ui);
    // Straight edges are batched per pen (one drawLines call each), arrows per colour; curves
    // (parallel edges only) and highlighted edges are drawn one by one on top.
    std::vector<Segment> lines;
    std::vector<Arrow> arrows;
    std::vector<Passing> passing;
    std::vector<Curve> curves;
    const QRectF culled = world.adjusted(-slack, -slack, slack, slack);
    std::array<QRgb, relationTypeCount * 2> colours{}; // by (type, faded): no QColor work per edge
    for (std::size_t k = 0; k < colours.size(); ++k)
        colours[k] = faded(GraphStyle::colour(core::allRelationTypes[k / 2]), k % 2 == 1, 170).rgba();
    for (std::size_t e = 0; e < graph_->edges.size(); ++e) {
        const CanvasEdge& edge = graph_->edges[e];
        const QPointF wa = positions_[static_cast<std::size_t>(edge.source)];
        const QPointF wb = positions_[static_cast<std::size_t>(edge.target)];
        if (std::max(wa.x(), wb.x()) < culled.left() || std::min(wa.x(), wb.x()) > culled.right() ||
            std::max(wa.y(), wb.y()) < culled.top() || std::min(wa.y(), wb.y()) > culled.bottom())
            continue;
        ++stats.visibleEdges;
        const int ei = static_cast<int>(e);
        const bool onPath = highlight.edge(ei, HighlightState::OnPath);
        const bool fade = highlight.focusActive && !highlight.edge(ei, HighlightState::InFocus) && !onPath;
        const bool hovered = ei == highlight.hoveredEdge;
        const QPointF a = view.map(wa), b = view.map(wb);
        if (!options.deviceRect.contains(a) && !options.deviceRect.contains(b) && !onPath && !hovered) {
            // Neither end is on screen: a hairline without antialiasing says "something goes there"
            // at a fraction of the cost of a wide antialiased stroke across the whole view.
            QLineF line(a, b);
            if (clipLine(line, clip))
                passing.push_back({ei, line});
            continue;
        }
        const QRgb colour = onPath    ? pathColour.rgba()
                            : hovered ? hoverColour.rgba()
                                      : colours[static_cast<std::size_t>(edge.type) * 2 + (fade ? 1 : 0)];
        const double width = (widths_[e] + (onPath || hovered ? 2 : 0)) * ui;
        const double rb = radii_[static_cast<std::size_t>(edge.target)] * view.scale;
        // Perpendicular of the pair in a fixed order, so A→B and B→A bundles bow consistently.
        const QPointF along = edge.source < edge.target ? b - a : a - b;
        const double span = length(along);
        if (span < 1e-6)
            continue;
        const QPointF normal(-along.y() / span, along.x() / span);
        const double bow = curveOffset(edge, ui);
        const QPointF control = (a + b) / 2 + normal * (bow * 2);
        QPointF tipDirection = bow == 0 ? (b - a) / span : (b - control);
        if (bow != 0)
            tipDirection /= std::max(length(tipDirection), 1e-9);
        const double arrowSize = edge.directed ? 5 * ui + width * 1.2 : 0;
        const QPointF tip = b - tipDirection * (rb + 1.5 * ui);
        const QPointF lineEnd = edge.directed ? tip - tipDirection * arrowSize * 0.8 : b;
        if (bow == 0 && !onPath && !hovered) {
            QLineF line(a, lineEnd);
            if (clipLine(line, clip))
                lines.push_back({line, colour, static_cast<int>(std::lround(width * 4))});
        } else {
            curves.push_back({a, control, lineEnd, colour, width, onPath || hovered, bow == 0});
        }
        if (edge.directed && clip.contains(tip)) {
            const QPointF side(-tipDirection.y(), tipDirection.x());
            const QPointF base = tip - tipDirection * arrowSize;
            arrows.push_back({colour,
                              {tip, base + side * (arrowSize * 0.5), base - side * (arrowSize * 0.5)},
                              onPath || hovered});
        }
    }
    painter.setBrush(Qt::NoBrush);
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing, false);
    // In a dense graph thousands of edges merely cross the view; the strongest few thousand say enough.
    if (passing.size() > maxPassingEdges) {
        auto stronger = [this](const Passing& x, const Passing& y) {
            const int ex = graph_->edges[static_cast<std::size_t>(x.edge)].evidenceCount;
            const int ey = graph_->edges[static_cast<std::size_t>(y.edge)].evidenceCount;
            return ex != ey ? ex > ey : x.edge < y.edge;
        };
        std::nth_element(passing.begin(), passing.begin() + maxPassingEdges, passing.end(), stronger);
        passing.resize(maxPassingEdges);
        std::sort(passing.begin(), passing.end(),
                  [](const Passing& x, const Passing& y) { return x.edge < y.edge; });
    }
    std::array<std::vector<QLineF>, relationTypeCount> passingLines;
    for (const Passing& p : passing) {
        const CanvasEdge& edge = graph_->edges[static_cast<std::size_t>(p.edge)];
        if (layer)
            layer->addLine(
                p.line.p1(), p.line.p2(),
                qPremultiply(faded(GraphStyle::colour(edge.type), highlight.focusActive, 90).rgba()));
        else
            passingLines[static_cast<std::size_t>(edge.type)].push_back(p.line);
    }
    for (std::size_t type = 0; type < passingLines.size(); ++type) {
        if (passingLines[type].empty())
            continue;
        painter.setPen(
            QPen(faded(GraphStyle::colour(core::allRelationTypes[type]), highlight.focusActive, 90), ui));
        painter.drawLines(passingLines[type].data(), static_cast<int>(passingLines[type].size()));
    }
    // Wide strokes go through Qt's stroker (~25 µs each, more with antialiasing). When thousands are
    // visible the view is a hairball anyway: draw them as 1-px lines, which are ten times cheaper
    // (and on screen, in the line layer, a hundred times).
    const bool dense = static_cast<int>(lines.size()) > denseLineCount;
    if (dense && layer) {
        for (const Segment& segment : lines)
            layer->addLine(segment.line.p1(), segment.line.p2(), qPremultiply(segment.colour));
        for (const Curve& curve : curves) {
            if (curve.onTop)
                continue;
            QPointF from = curve.start;
            for (int k = 1; k <= curveSegments; ++k) {
                const double t = static_cast<double>(k) / curveSegments;
                const QPointF to =
                    (1 - t) * (1 - t) * curve.start + 2 * (1 - t) * t * curve.control + t * t * curve.end;
                layer->addLine(from, to, qPremultiply(curve.colour));
                from = to;
            }
        }
        std::erase_if(curves, [](const Curve& curve) { return !curve.onTop; });
        lines.clear();
        for (const Arrow& arrow : arrows) // those of highlighted edges stay on top of their wide curves
            if (!arrow.onTop)
                layer->addTriangle(arrow.corners[0], arrow.corners[1], arrow.corners[2],
                                   qPremultiply(arrow.colour));
        std::erase_if(arrows, [](const Arrow& arrow) { return !arrow.onTop; });
    }
    if (layer)
        layer->composite(painter);
    painter.setRenderHint(QPainter::Antialiasing, antialiased && !dense);
    // One drawLines per pen, pens in a fixed order (colour, then width) so that files come out the same.
    std::stable_sort(lines.begin(), lines.end(), [](const Segment& x, const Segment& y) {
        return x.colour != y.colour ? x.colour < y.colour : x.width < y.width;
    });
    std::vector<QLineF> batch;
    for (std::size_t begin = 0; begin < lines.size();) {
        std::size_t end = begin;
        batch.clear();
        while (end < lines.size() && lines[end].colour == lines[begin].colour &&
               lines[end].width == lines[begin].width)
            batch.push_back(lines[end++].line);
        painter.setPen(QPen(QColor::fromRgba(lines[begin].colour), dense ? ui : lines[begin].width / 4.0,
                            Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(batch.data(), static_cast<int>(batch.size()));
        begin = end;
    }
    std::stable_partition(curves.begin(), curves.end(), [](const Curve& curve) { return !curve.onTop; });
    for (const Curve& curve : curves) {
        // Dense: 1 px like the straight lines (and like the screen's line layer); highlighted stay wide.
        painter.setPen(QPen(QColor::fromRgba(curve.colour), dense && !curve.onTop ? ui : curve.width,
                            Qt::SolidLine, Qt::FlatCap));
        QPainterPath path(curve.start);
        if (curve.straight)
            path.lineTo(curve.end);
        else
            path.quadTo(curve.control, curve.end);
        painter.drawPath(path);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased && !dense);
    painter.setPen(Qt::NoPen);
    std::stable_sort(arrows.begin(), arrows.end(),
                     [](const Arrow& x, const Arrow& y) { return x.colour < y.colour; });
    for (std::size_t k = 0; k < arrows.size(); ++k) {
        if (k == 0 || arrows[k].colour != arrows[k - 1].colour)
            painter.setBrush(QColor::fromRgba(arrows[k].colour));
        painter.drawPolygon(arrows[k].corners.data(), 3);
    }
}

} // namespace newsgraph::ui
