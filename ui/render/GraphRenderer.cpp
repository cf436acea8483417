#include "render/GraphRenderer.h"

#include "canvas/SpatialGrid.h"
#include "render/EdgePainter.h"
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
        EdgePainter(*graph_, radii_).paint(painter, options, highlight, world, stats);
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
    std::vector<std::pair<QRectF, QColor>> overridden; // nodes with their own colour (few batches, drawn one by one)
    for (int i : nodes) {
        const CanvasNode& node = graph_->nodes[static_cast<std::size_t>(i)];
        const double r = std::max(1.2 * options.uiScale, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const QRectF rect(c.x() - r, c.y() - r, 2 * r, 2 * r);
        const bool fade = highlight.focusActive && !highlight.node(i, HighlightState::InFocus);
        if (node.colour.isValid())
            overridden.emplace_back(rect, faded(node.colour, fade, 255));
        else
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
    for (const auto& [rect, colour] : overridden)
        painter.fillRect(rect, colour);
    if (!marked.empty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(selectionColour, 1.5 * options.uiScale));
        painter.drawRects(marked.data(), static_cast<int>(marked.size()));
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
        painter.setBrush(faded(node.colour.isValid() ? node.colour : GraphStyle::colour(node.type), fade, 255));
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
