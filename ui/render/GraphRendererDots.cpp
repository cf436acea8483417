// GraphRenderer: the far level of detail, dots and 1-px lines (split from GraphRenderer.cpp to keep files
// short).
#include "render/GraphRenderer.h"
#include "render/GraphStyle.h"
#include "render/ScreenCache.h"

#include <QPainter>

#include <array>

namespace newsgraph::ui {

namespace {
constexpr int relationTypeCount = static_cast<int>(core::allRelationTypes.size());
constexpr int entityTypeCount = static_cast<int>(core::allEntityTypes.size());
const QColor pathColour(0xFF, 0x3D, 0x00);
const QColor selectionColour(0x1A, 0x1A, 0x1A);

QColor faded(QColor colour, bool fade, int normalAlpha)
{
    colour.setAlpha(fade ? 28 : normalAlpha);
    return colour;
}
} // namespace

void GraphRenderer::paintDots(QPainter& painter, const RenderOptions& options,
                              const HighlightState& highlight, const std::vector<int>& nodes,
                              const QRectF& world, RenderStats& stats, ScreenCache* screen) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    // One batch per (relation type, faded) and per (entity type, faded): a handful of draw calls in
    // all. On screen, lines and dots go straight into the line layer instead.
    std::array<std::vector<QLineF>, relationTypeCount * 2> lines;
    std::array<QRgb, relationTypeCount * 2> lineColours{};
    for (std::size_t k = 0; k < lineColours.size(); ++k)
        lineColours[k] =
            qPremultiply(faded(GraphStyle::colour(core::allRelationTypes[k / 2]), k % 2 == 1, 110).rgba());
    LineLayer* layer = screen ? &screen->lines : nullptr;
    std::vector<QLineF> pathLines;
    const ViewTransform& view = options.view;
    const double smallestDot = 1.2 * options.uiScale;
    for (std::size_t e = 0; e < graph_->edges.size(); ++e) {
        const CanvasEdge& edge = graph_->edges[e];
        const QPointF a = positions_[static_cast<std::size_t>(edge.source)];
        const QPointF b = positions_[static_cast<std::size_t>(edge.target)];
        if (std::max(a.x(), b.x()) < world.left() || std::min(a.x(), b.x()) > world.right() ||
            std::max(a.y(), b.y()) < world.top() || std::min(a.y(), b.y()) > world.bottom())
            continue;
        ++stats.visibleEdges;
        const QLineF line(view.map(a), view.map(b));
        if (highlight.edge(static_cast<int>(e), HighlightState::OnPath)) {
            pathLines.push_back(line);
            continue;
        }
        const bool fade =
            highlight.focusActive && !highlight.edge(static_cast<int>(e), HighlightState::InFocus);
        const auto batch = static_cast<std::size_t>(static_cast<int>(edge.type) * 2 + (fade ? 1 : 0));
        if (!layer)
            lines[batch].push_back(line);
        else if (line.dx() * line.dx() + line.dy() * line.dy() >= smallestDot * smallestDot)
            layer->addLine(line.p1(), line.p2(),
                           lineColours[batch]); // shorter ones lie wholly under their end's dot
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].empty())
            continue;
        painter.setPen(
            QPen(faded(GraphStyle::colour(core::allRelationTypes[k / 2]), k % 2 == 1, 110), options.uiScale));
        painter.drawLines(lines[k].data(), static_cast<int>(lines[k].size()));
    }
    // A highlighted path lies between the edges and the dots: then the dots cannot share the layer.
    const bool dotsInLayer = layer && pathLines.empty();
    if (layer && !dotsInLayer)
        layer->composite(painter);
    if (!pathLines.empty()) {
        painter.setPen(QPen(pathColour, 2.5 * options.uiScale));
        painter.drawLines(pathLines.data(), static_cast<int>(pathLines.size()));
    }

    std::array<std::vector<QRectF>, entityTypeCount * 2> dots;
    std::vector<QRectF> marked;
    std::vector<std::pair<QRectF, QColor>>
        overridden; // nodes with their own colour (few batches, drawn one by one)
    std::array<QRgb, entityTypeCount * 2> dotColours{};
    for (std::size_t k = 0; k < dotColours.size(); ++k)
        dotColours[k] =
            qPremultiply(faded(GraphStyle::colour(core::allEntityTypes[k / 2]), k % 2 == 1, 255).rgba());
    for (int i : nodes) {
        const CanvasNode& node = graph_->nodes[static_cast<std::size_t>(i)];
        const double r = std::max(smallestDot, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const QRectF rect(c.x() - r, c.y() - r, 2 * r, 2 * r);
        const bool fade = highlight.focusActive && !highlight.node(i, HighlightState::InFocus);
        const auto batch = static_cast<std::size_t>(static_cast<int>(node.type) * 2 + (fade ? 1 : 0));
        if (dotsInLayer)
            layer->addRect(rect, node.colour.isValid() ? qPremultiply(faded(node.colour, fade, 255).rgba())
                                                       : dotColours[batch]);
        else if (node.colour.isValid())
            overridden.emplace_back(rect, faded(node.colour, fade, 255));
        else
            dots[batch].push_back(rect);
        if (highlight.node(i, HighlightState::Selected) || highlight.node(i, HighlightState::OnPath) ||
            i == highlight.hoveredNode || i == highlight.keyboardNode)
            marked.push_back(rect.adjusted(-2, -2, 2, 2));
    }
    if (dotsInLayer)
        layer->composite(painter);
    painter.setPen(Qt::NoPen);
    for (std::size_t k = 0; k < dots.size(); ++k) {
        if (dots[k].empty())
            continue;
        painter.setBrush(faded(GraphStyle::colour(core::allEntityTypes[k / 2]), k % 2 == 1, 255));
        painter.drawRects(dots[k].data(), static_cast<int>(dots[k].size()));
    }
    for (const auto& [rect, colour] : overridden)
        painter.fillRect(rect, colour);
    if (!marked.empty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(selectionColour, 1.5 * options.uiScale));
        painter.drawRects(marked.data(), static_cast<int>(marked.size()));
    }
}

} // namespace newsgraph::ui
