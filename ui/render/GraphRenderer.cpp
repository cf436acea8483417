#include "render/GraphRenderer.h"

#include "canvas/SpatialGrid.h"
#include "render/EdgePainter.h"
#include "render/GraphStyle.h"
#include "render/ScreenCache.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace newsgraph::ui {

namespace {
const QColor pathColour(0xFF, 0x3D, 0x00);
const QColor selectionColour(0x1A, 0x1A, 0x1A);
const QColor hoverColour(0x00, 0x96, 0xFF);

QColor faded(QColor colour, bool fade, int normalAlpha)
{
    colour.setAlpha(fade ? 28 : normalAlpha);
    return colour;
}

// Sprites and the line layer work in device pixels: only for an untransformed raster painter.
ScreenCache* usableScreenCache(QPainter& painter, const RenderOptions& options)
{
    if (!options.screen || !painter.paintEngine() || painter.paintEngine()->type() != QPaintEngine::Raster
        || painter.worldTransform().type() != QTransform::TxNone)
        return nullptr;
    return options.screen;
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
    edgeWidths_.clear();
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
    ScreenCache* screen = usableScreenCache(painter, options);
    if (screen) {
        screen->labels.setScale(options.uiScale, painter.device()->devicePixelRatio());
        screen->lines.begin(options.deviceRect, painter.device()->devicePixelRatio());
    }
    painter.save();
    painter.setClipRect(options.deviceRect);
    if (options.background.alpha() > 0)
        painter.fillRect(options.deviceRect, options.background);
    const QRectF world = options.view.unmap(options.deviceRect).normalized();
    positions_.resize(graph_->nodes.size());
    for (std::size_t i = 0; i < positions_.size(); ++i)
        positions_[i] = graph_->nodes[i].position;
    const std::vector<int> nodes = visibleNodes(options, world);
    stats.visibleNodes = static_cast<int>(nodes.size());
    stats.detailed = isDetailed(options.view.scale);
    if (!stats.detailed) {
        paintDots(painter, options, highlight, nodes, world, stats, screen);
    } else {
        painter.setRenderHint(QPainter::Antialiasing, nodes.size() < 6000);
        if (edgeWidths_.size() != graph_->edges.size()) {
            edgeWidths_.resize(graph_->edges.size());
            for (std::size_t e = 0; e < edgeWidths_.size(); ++e)
                edgeWidths_[e] = GraphStyle::edgeWidth(graph_->edges[e]);
        }
        EdgePainter(*graph_, positions_, radii_, edgeWidths_)
            .paint(painter, options, highlight, world, stats, screen ? &screen->lines : nullptr);
        paintNodesDetailed(painter, options, highlight, nodes, screen);
        if (options.labels)
            stats.labels = paintLabels(painter, options, highlight, nodes, stats.labelBoxes, screen);
    }
    painter.restore();
    return stats;
}

void GraphRenderer::paintNodesDetailed(QPainter& painter, const RenderOptions& options, const HighlightState& highlight,
                                       const std::vector<int>& nodes, ScreenCache* screen) const
{
    const ViewTransform& view = options.view;
    const double ui = options.uiScale;
    const double ratio = painter.device()->devicePixelRatio();
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
        const QColor fill = faded(node.colour.isValid() ? node.colour : GraphStyle::colour(node.type), fade, 255);
        const NodeSprites::Look look{GraphStyle::shape(node.type), fill.rgba(), outline.color().rgba(), outline.widthF(), r};
        if (screen && NodeSprites::suits(look, ratio)) {
            const QImage& sprite = screen->nodes.sprite(look, ratio);
            const QSizeF size = sprite.deviceIndependentSize();
            painter.drawImage(pixelAligned(QPointF(c.x() - size.width() / 2, c.y() - size.height() / 2), ratio), sprite);
        } else {
            painter.setPen(outline);
            painter.setBrush(fill);
            painter.drawPath(QTransform::fromTranslate(c.x(), c.y()).scale(r, r).map(GraphStyle::unitShape(look.shape)));
        }
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

} // namespace newsgraph::ui
