#include "render/EdgePainter.h"

#include "render/GraphStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace newsgraph::ui {

namespace {
constexpr int relationTypeCount = static_cast<int>(core::allRelationTypes.size());
constexpr std::size_t maxPassingEdges = 1500;
constexpr int denseLineCount = 1500;
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

// Liang–Barsky: trims a segment to the rectangle so off-screen lengths are never rasterised.
bool clipLine(QLineF& line, const QRectF& rect)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

// Parallel edges bow out to alternating sides; the side follows the pair's ordering, not edge direction.
double curveOffset(const CanvasEdge& edge, double uiScale)
{
    if (edge.parallelCount <= 1)
        return 0;
    return (edge.parallelIndex - (edge.parallelCount - 1) / 2.0) * 16 * uiScale;
}
} // namespace

double EdgePainter::bowFor(const CanvasEdge& edge, double uiScale)
{
    return curveOffset(edge, uiScale);
}

void EdgePainter::paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                        const QRectF& world, RenderStats& stats) const
{
    const ViewTransform& view = options.view;
    const double ui = options.uiScale;
    const double slack = 40 * ui / view.scale; // curves bow outside the straight segment's box
    const QRectF clip = options.deviceRect.adjusted(-20 * ui, -20 * ui, 20 * ui, 20 * ui);
    // Straight edges are batched per pen (one drawLines call each), arrows per colour; curves
    // (parallel edges only) and highlighted edges are drawn one by one on top.
    std::map<std::pair<QRgb, int>, std::vector<QLineF>> lines; // (colour, width in 1/4 px) -> segments
    std::map<QRgb, std::vector<QPolygonF>> arrows;
    struct Passing {
        int edge;
        QLineF line;
    };
    std::vector<Passing> passing;
    int lineCount = 0;
    struct Curve {
        QPainterPath path;
        QColor colour;
        double width;
        bool onTop;
    };
    std::vector<Curve> curves;
    for (std::size_t e = 0; e < graph_->edges.size(); ++e) {
        const CanvasEdge& edge = graph_->edges[e];
        const QPointF wa = graph_->nodes[static_cast<std::size_t>(edge.source)].position;
        const QPointF wb = graph_->nodes[static_cast<std::size_t>(edge.target)].position;
        if (std::max(wa.x(), wb.x()) < world.left() - slack || std::min(wa.x(), wb.x()) > world.right() + slack
            || std::max(wa.y(), wb.y()) < world.top() - slack || std::min(wa.y(), wb.y()) > world.bottom() + slack)
            continue;
        ++stats.visibleEdges;
        const int ei = static_cast<int>(e);
        const bool onPath = highlight.edge(ei, HighlightState::OnPath);
        const bool fade = highlight.focusActive && !highlight.edge(ei, HighlightState::InFocus) && !onPath;
        const bool hovered = ei == highlight.hoveredEdge;
        const QColor colour = onPath ? pathColour : hovered ? hoverColour : faded(GraphStyle::colour(edge.type), fade, 170);
        const double width = (GraphStyle::edgeWidth(edge) + (onPath || hovered ? 2 : 0)) * ui;

        const QPointF a = view.map(wa), b = view.map(wb);
        const double rb = radii_[static_cast<std::size_t>(edge.target)] * view.scale;
        // Perpendicular of the pair in a fixed order, so A→B and B→A bundles bow consistently.
        const QPointF along = edge.source < edge.target ? b - a : a - b;
        const double span = length(along);
        if (span < 1e-6)
            continue;
        const QPointF normal(-along.y() / span, along.x() / span);
        const double bow = curveOffset(edge, ui);
        const QPointF control = (a + b) / 2 + normal * (bow * 2);
        QPointF tipDirection = bow == 0 ? (b - a) : (b - control);
        tipDirection /= std::max(length(tipDirection), 1e-9);
        const double arrowSize = edge.directed ? 5 * ui + width * 1.2 : 0;
        const QPointF tip = b - tipDirection * (rb + 1.5 * ui);
        const QPointF lineEnd = edge.directed ? tip - tipDirection * arrowSize * 0.8 : b;

        const bool offScreen = !options.deviceRect.contains(a) && !options.deviceRect.contains(b);
        if (offScreen && !onPath && !hovered) {
            // Neither end is on screen: a hairline without antialiasing says "something goes there"
            // at a fraction of the cost of a wide antialiased stroke across the whole view.
            QLineF line(a, b);
            if (clipLine(line, clip))
                passing.push_back({ei, line});
            continue;
        }
        if (bow == 0 && !onPath && !hovered) {
            QLineF line(a, lineEnd);
            if (clipLine(line, clip)) {
                lines[{colour.rgba(), static_cast<int>(std::lround(width * 4))}].push_back(line);
                ++lineCount;
            }
        } else {
            QPainterPath path(a);
            if (bow == 0)
                path.lineTo(lineEnd);
            else
                path.quadTo(control, lineEnd);
            curves.push_back({path, colour, width, onPath || hovered});
        }
        if (edge.directed && clip.contains(tip)) {
            const QPointF side(-tipDirection.y(), tipDirection.x());
            const QPointF base = tip - tipDirection * arrowSize;
            arrows[colour.rgba()].push_back(QPolygonF{tip, base + side * (arrowSize * 0.5), base - side * (arrowSize * 0.5)});
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
        std::sort(passing.begin(), passing.end(), [](const Passing& x, const Passing& y) { return x.edge < y.edge; });
    }
    std::array<std::vector<QLineF>, relationTypeCount> passingLines;
    for (const Passing& p : passing)
        passingLines[static_cast<std::size_t>(graph_->edges[static_cast<std::size_t>(p.edge)].type)].push_back(p.line);
    for (std::size_t type = 0; type < passingLines.size(); ++type) {
        if (passingLines[type].empty())
            continue;
        const bool fade = highlight.focusActive;
        painter.setPen(QPen(faded(GraphStyle::colour(core::allRelationTypes[type]), fade, 90), ui));
        painter.drawLines(passingLines[type].data(), static_cast<int>(passingLines[type].size()));
    }
    // Wide antialiased strokes cost ~0.1 ms each; beyond a few thousand the frame would stutter.
    // Wide strokes go through Qt's stroker (~25 µs each, more with antialiasing). When thousands are
    // visible the view is a hairball anyway: draw them as 1-px cosmetic lines, which are ten times cheaper.
    const bool dense = lineCount > denseLineCount;
    painter.setRenderHint(QPainter::Antialiasing, antialiased && !dense);
    for (const auto& [pen, segments] : lines) {
        painter.setPen(QPen(QColor::fromRgba(pen.first), dense ? ui : pen.second / 4.0, Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(segments.data(), static_cast<int>(segments.size()));
    }
    std::stable_partition(curves.begin(), curves.end(), [](const Curve& curve) { return !curve.onTop; });
    for (const Curve& curve : curves) {
        painter.setPen(QPen(curve.colour, curve.width, Qt::SolidLine, Qt::FlatCap));
        painter.drawPath(curve.path);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased && !dense);
    painter.setPen(Qt::NoPen);
    for (const auto& [colour, polygons] : arrows) {
        painter.setBrush(QColor::fromRgba(colour));
        for (const QPolygonF& polygon : polygons)
            painter.drawPolygon(polygon);
    }
}

} // namespace newsgraph::ui
