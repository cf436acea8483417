#include "render/GraphRenderer.h"

#include "canvas/SpatialGrid.h"
#include "render/GraphStyle.h"
#include "render/LabelPlacer.h"

#include <QPainter>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

namespace newsgraph::ui {

namespace {
constexpr int relationTypeCount = static_cast<int>(core::allRelationTypes.size());
constexpr int entityTypeCount = static_cast<int>(core::allEntityTypes.size());
const QColor pathColour(0xFF, 0x3D, 0x00);
const QColor selectionColour(0x1A, 0x1A, 0x1A);
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

GraphRenderer::GraphRenderer(const CanvasGraph& graph) : graph_(&graph)
{
    updateRadii();
}

void GraphRenderer::updateRadii()
{
    double largestValue = 0;
    for (const CanvasNode& node : graph_->nodes)
        largestValue = std::max(largestValue, node.sizeValue);
    radii_.resize(graph_->nodes.size());
    largestRadius_ = 6;
    for (std::size_t i = 0; i < radii_.size(); ++i) {
        radii_[i] = GraphStyle::nodeRadius(graph_->nodes[i].sizeValue, largestValue);
        largestRadius_ = std::max(largestRadius_, radii_[i]);
    }
}

QRectF GraphRenderer::worldBounds() const
{
    if (graph_->nodes.empty())
        return QRectF(-50, -50, 100, 100);
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (std::size_t i = 0; i < graph_->nodes.size(); ++i) {
        const QPointF p = graph_->nodes[i].position;
        minX = std::min(minX, p.x() - radii_[i]);
        maxX = std::max(maxX, p.x() + radii_[i]);
        minY = std::min(minY, p.y() - radii_[i]);
        maxY = std::max(maxY, p.y() + radii_[i]);
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

std::vector<int> GraphRenderer::visibleNodes(const RenderOptions& options, const QRectF& world) const
{
    if (options.grid && !options.grid->isEmpty())
        return options.grid->query(world);
    std::vector<int> result;
    const QRectF grown = world.adjusted(-largestRadius_, -largestRadius_, largestRadius_, largestRadius_);
    for (int i = 0; i < static_cast<int>(graph_->nodes.size()); ++i)
        if (grown.contains(graph_->nodes[static_cast<std::size_t>(i)].position))
            result.push_back(i);
    return result;
}

RenderStats GraphRenderer::paint(QPainter& painter, const RenderOptions& options, const HighlightState& highlight) const
{
    RenderStats stats;
    painter.save();
    painter.setClipRect(options.deviceRect);
    if (options.background.alpha() > 0)
        painter.fillRect(options.deviceRect, options.background);
    const QRectF world = options.view.unmap(options.deviceRect).normalized();
    const std::vector<int> nodes = visibleNodes(options, world);
    stats.visibleNodes = static_cast<int>(nodes.size());
    stats.detailed = isDetailed(options.view.scale);
    if (!stats.detailed) {
        paintDots(painter, options, highlight, nodes, world, stats);
    } else {
        painter.setRenderHint(QPainter::Antialiasing, nodes.size() < 6000);
        paintEdgesDetailed(painter, options, highlight, world, stats);
        paintNodesDetailed(painter, options, highlight, nodes);
        if (options.labels)
            stats.labels = paintLabels(painter, options, highlight, nodes, stats.labelBoxes);
    }
    painter.restore();
    return stats;
}

void GraphRenderer::paintDots(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                              const std::vector<int>& nodes, const QRectF& world, RenderStats& stats) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    // One batch per (relation type, faded) and per (entity type, faded): a handful of draw calls in all.
    std::array<std::vector<QLineF>, relationTypeCount * 2> lines;
    std::vector<QLineF> pathLines;
    const ViewTransform& view = options.view;
    for (std::size_t e = 0; e < graph_->edges.size(); ++e) {
        const CanvasEdge& edge = graph_->edges[e];
        const QPointF a = graph_->nodes[static_cast<std::size_t>(edge.source)].position;
        const QPointF b = graph_->nodes[static_cast<std::size_t>(edge.target)].position;
        if (std::max(a.x(), b.x()) < world.left() || std::min(a.x(), b.x()) > world.right()
            || std::max(a.y(), b.y()) < world.top() || std::min(a.y(), b.y()) > world.bottom())
            continue;
        ++stats.visibleEdges;
        const QLineF line(view.map(a), view.map(b));
        if (highlight.edge(static_cast<int>(e), HighlightState::OnPath)) {
            pathLines.push_back(line);
            continue;
        }
        const bool fade = highlight.focusActive && !highlight.edge(static_cast<int>(e), HighlightState::InFocus);
        lines[static_cast<std::size_t>(static_cast<int>(edge.type) * 2 + (fade ? 1 : 0))].push_back(line);
    }
    for (int k = 0; k < relationTypeCount * 2; ++k) {
        const auto& batch = lines[static_cast<std::size_t>(k)];
        if (batch.empty())
            continue;
        const bool fade = k % 2 == 1;
        QPen pen(faded(GraphStyle::colour(core::allRelationTypes[static_cast<std::size_t>(k / 2)]), fade, 110), options.uiScale);
        painter.setPen(pen);
        painter.drawLines(batch.data(), static_cast<int>(batch.size()));
    }
    if (!pathLines.empty()) {
        painter.setPen(QPen(pathColour, 2.5 * options.uiScale));
        painter.drawLines(pathLines.data(), static_cast<int>(pathLines.size()));
    }

    std::array<std::vector<QRectF>, entityTypeCount * 2> dots;
    std::vector<QRectF> marked;
    for (int i : nodes) {
        const CanvasNode& node = graph_->nodes[static_cast<std::size_t>(i)];
        const double r = std::max(1.2 * options.uiScale, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const QRectF rect(c.x() - r, c.y() - r, 2 * r, 2 * r);
        const bool fade = highlight.focusActive && !highlight.node(i, HighlightState::InFocus);
        dots[static_cast<std::size_t>(static_cast<int>(node.type) * 2 + (fade ? 1 : 0))].push_back(rect);
        if (highlight.node(i, HighlightState::Selected) || highlight.node(i, HighlightState::OnPath)
            || i == highlight.hoveredNode || i == highlight.keyboardNode)
            marked.push_back(rect.adjusted(-2, -2, 2, 2));
    }
    painter.setPen(Qt::NoPen);
    for (int k = 0; k < entityTypeCount * 2; ++k) {
        const auto& batch = dots[static_cast<std::size_t>(k)];
        if (batch.empty())
            continue;
        painter.setBrush(faded(GraphStyle::colour(core::allEntityTypes[static_cast<std::size_t>(k / 2)]), k % 2 == 1, 255));
        painter.drawRects(batch.data(), static_cast<int>(batch.size()));
    }
    if (!marked.empty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(selectionColour, 1.5 * options.uiScale));
        painter.drawRects(marked.data(), static_cast<int>(marked.size()));
    }
}

void GraphRenderer::paintEdgesDetailed(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
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
    std::array<std::vector<QLineF>, relationTypeCount> passingLines;
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

        const bool passing = !options.deviceRect.contains(a) && !options.deviceRect.contains(b);
        if (passing && !onPath && !hovered) {
            // Neither end is on screen: a hairline without antialiasing says "something goes there"
            // at a fraction of the cost of a wide antialiased stroke across the whole view.
            QLineF line(a, b);
            if (clipLine(line, clip))
                passingLines[static_cast<std::size_t>(edge.type)].push_back(line);
            continue;
        }
        if (bow == 0 && !onPath && !hovered) {
            QLineF line(a, lineEnd);
            if (clipLine(line, clip))
                lines[{colour.rgba(), static_cast<int>(std::lround(width * 4))}].push_back(line);
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
    for (std::size_t type = 0; type < passingLines.size(); ++type) {
        if (passingLines[type].empty())
            continue;
        painter.setPen(QPen(faded(GraphStyle::colour(core::allRelationTypes[type]), false, 90), ui));
        painter.drawLines(passingLines[type].data(), static_cast<int>(passingLines[type].size()));
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased && stats.visibleEdges < 5000);
    for (const auto& [pen, segments] : lines) {
        painter.setPen(QPen(QColor::fromRgba(pen.first), pen.second / 4.0, Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(segments.data(), static_cast<int>(segments.size()));
    }
    std::stable_partition(curves.begin(), curves.end(), [](const Curve& curve) { return !curve.onTop; });
    for (const Curve& curve : curves) {
        painter.setPen(QPen(curve.colour, curve.width, Qt::SolidLine, Qt::FlatCap));
        painter.drawPath(curve.path);
    }
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    painter.setPen(Qt::NoPen);
    for (const auto& [colour, polygons] : arrows) {
        painter.setBrush(QColor::fromRgba(colour));
        for (const QPolygonF& polygon : polygons)
            painter.drawPolygon(polygon);
    }
}

void GraphRenderer::paintNodesDetailed(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                                       const std::vector<int>& nodes) const
{
    const ViewTransform& view = options.view;
    const double ui = options.uiScale;
    for (int i : nodes) {
        const CanvasNode& node = graph_->nodes[static_cast<std::size_t>(i)];
        const double r = std::max(1.5 * ui, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const bool selected = highlight.node(i, HighlightState::Selected);
        const bool onPath = highlight.node(i, HighlightState::OnPath);
        const bool fade = highlight.focusActive && !highlight.node(i, HighlightState::InFocus) && !selected && !onPath;
        QPen outline(fade ? QColor(255, 255, 255, 40) : QColor(255, 255, 255), 1.2 * ui);
        if (onPath)
            outline = QPen(pathColour, 3 * ui);
        if (selected)
            outline = QPen(selectionColour, 3 * ui);
        if (i == highlight.hoveredNode)
            outline = QPen(hoverColour, 3 * ui);
        painter.setPen(outline);
        painter.setBrush(faded(GraphStyle::colour(node.type), fade, 255));
        const QPainterPath shape = QTransform::fromTranslate(c.x(), c.y()).scale(r, r).map(
            GraphStyle::unitShape(GraphStyle::shape(node.type)));
        painter.drawPath(shape);
        if (i == highlight.keyboardNode) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(hoverColour, 1.5 * ui, Qt::DashLine));
            painter.drawEllipse(c, r + 5 * ui, r + 5 * ui);
        }
        if (node.pinned && r > 4 * ui) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(30, 30, 30));
            painter.drawEllipse(c + QPointF(r * 0.7, -r * 0.7), 2.5 * ui, 2.5 * ui);
        }
    }
}

int GraphRenderer::paintLabels(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                               const std::vector<int>& nodes, std::vector<QRectF>& boxes) const
{
    const ViewTransform& view = options.view;
    const double ui = options.uiScale;
    // Importance: highlighted nodes first, then by size measure; ties by index for stable output.
    auto rank = [&](int i) {
        int r = 0;
        if (i == highlight.hoveredNode || i == highlight.keyboardNode)
            r += 8;
        if (highlight.node(i, HighlightState::Selected))
            r += 4;
        if (highlight.node(i, HighlightState::OnPath))
            r += 2;
        if (highlight.focusActive && highlight.node(i, HighlightState::InFocus))
            r += 1;
        return r;
    };
    std::vector<int> order = nodes;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra > rb;
        return graph_->nodes[static_cast<std::size_t>(a)].sizeValue > graph_->nodes[static_cast<std::size_t>(b)].sizeValue;
    });
    const QFont font = GraphStyle::labelFont(12 * ui);
    const QFont boldFont = GraphStyle::labelFont(12 * ui, true);
    const QFontMetricsF metrics(font), boldMetrics(boldFont);
    LabelPlacer placer(options.deviceRect, 96 * ui);
    const std::size_t candidateLimit = static_cast<std::size_t>(options.maxLabels) * 4;
    int placed = 0;
    for (std::size_t k = 0; k < order.size() && k < candidateLimit && placed < options.maxLabels; ++k) {
        const int i = order[k];
        const CanvasNode& node = graph_->nodes[static_cast<std::size_t>(i)];
        if (node.label.isEmpty())
            continue;
        const bool important = rank(i) >= 2;
        const bool fade = highlight.focusActive && rank(i) == 0;
        const QFontMetricsF& m = important ? boldMetrics : metrics;
        const double w = m.horizontalAdvance(node.label) + 6 * ui, h = m.height() + 2 * ui;
        const double r = std::max(1.5 * ui, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const std::vector<QRectF> candidates{
            QRectF(c.x() + r + 2 * ui, c.y() - h / 2, w, h), QRectF(c.x() - r - 2 * ui - w, c.y() - h / 2, w, h),
            QRectF(c.x() - w / 2, c.y() + r + 1 * ui, w, h), QRectF(c.x() - w / 2, c.y() - r - 1 * ui - h, w, h)};
        const int chosen = placer.place(candidates);
        if (chosen < 0)
            continue;
        const QRectF box = candidates[static_cast<std::size_t>(chosen)];
        boxes.push_back(box);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, fade ? 60 : 190));
        painter.drawRoundedRect(box, 3 * ui, 3 * ui);
        painter.setFont(important ? boldFont : font);
        painter.setPen(fade ? QColor(40, 40, 40, 70) : QColor(25, 25, 25));
        painter.drawText(QPointF(box.left() + 3 * ui, box.top() + 1 * ui + m.ascent()), node.label);
        ++placed;
    }
    return placed;
}

} // namespace newsgraph::ui
