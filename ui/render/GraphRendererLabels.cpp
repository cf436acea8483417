// GraphRenderer: labels by importance, placed without overlap (split from GraphRenderer.cpp to keep files
// short).
#include "render/GraphRenderer.h"
#include "render/GraphStyle.h"
#include "render/LabelPlacer.h"
#include "render/LabelSprites.h"
#include "render/ScreenCache.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

namespace newsgraph::ui {

int GraphRenderer::paintLabels(QPainter& painter, const RenderOptions& options,
                               const HighlightState& highlight, const std::vector<int>& nodes,
                               std::vector<QRectF>& boxes, ScreenCache* screen) const
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
        return graph_->nodes[static_cast<std::size_t>(a)].sizeValue >
               graph_->nodes[static_cast<std::size_t>(b)].sizeValue;
    });
    const std::array<QFont, 2> fonts{GraphStyle::labelFont(12 * ui), GraphStyle::labelFont(12 * ui, true)};
    const std::array<QFontMetricsF, 2> metrics{QFontMetricsF(fonts[0]), QFontMetricsF(fonts[1])};
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
        const QFontMetricsF& m = metrics[important ? 1 : 0];
        // Measuring shapes the text: on screen each entity's width is measured once and kept.
        const double w = screen ? screen->labels.width(node.id, node.label, important)
                                : m.horizontalAdvance(node.label) + 6 * ui;
        const double h = m.height() + 2 * ui;
        const double r = std::max(1.5 * ui, radii_[static_cast<std::size_t>(i)] * view.scale);
        const QPointF c = view.map(node.position);
        const std::array<QRectF, 4> candidates{QRectF(c.x() + r + 2 * ui, c.y() - h / 2, w, h),
                                               QRectF(c.x() - r - 2 * ui - w, c.y() - h / 2, w, h),
                                               QRectF(c.x() - w / 2, c.y() + r + 1 * ui, w, h),
                                               QRectF(c.x() - w / 2, c.y() - r - 1 * ui - h, w, h)};
        const int chosen = placer.place(candidates);
        if (chosen < 0)
            continue;
        const QRectF box = candidates[static_cast<std::size_t>(chosen)];
        boxes.push_back(box);
        if (screen)
            painter.drawImage(pixelAligned(box.topLeft(), painter.device()->devicePixelRatio()),
                              screen->labels.sprite(node.id, node.label, important, fade, box.size()));
        else
            LabelSprites::paintLabel(painter, box, node.label, fonts[important ? 1 : 0], m.ascent(), fade,
                                     ui);
        ++placed;
    }
    return placed;
}

} // namespace newsgraph::ui
