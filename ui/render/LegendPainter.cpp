#include "render/LegendPainter.h"

#include "render/GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

namespace newsgraph::ui {

LegendPainter::LegendPainter(const CanvasGraph& graph)
{
    // Flags per type, not sets: this runs on every filter change, over every node and edge.
    std::array<bool, core::allEntityTypes.size()> entities{};
    std::array<bool, core::allRelationTypes.size()> relations{};
    for (const CanvasNode& node : graph.nodes)
        entities[static_cast<std::size_t>(node.type)] = true;
    for (const CanvasEdge& edge : graph.edges)
        relations[static_cast<std::size_t>(edge.type)] = true;
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i])
            entityTypes_.push_back(static_cast<core::EntityType>(i));
    for (std::size_t i = 0; i < relations.size(); ++i)
        if (relations[i])
            relationTypes_.push_back(static_cast<core::RelationType>(i));
}

QSizeF LegendPainter::paint(QPainter* painter, QPointF topLeft, double uiScale, double maxWidth) const
{
    const QFont font = GraphStyle::labelFont(11 * uiScale);
    const QFontMetricsF metrics(font);
    const double pad = 6 * uiScale, icon = 14 * uiScale, gap = 4 * uiScale, spacing = 12 * uiScale;
    const double rowHeight = std::max(icon, metrics.height()) + 4 * uiScale;
    double x = pad, y = pad, widest = 0;

    struct Entry {
        QPointF at;
        int entity; // index into entityTypes_, or -1
        int relation;
        QString text;
    };
    std::vector<Entry> entries;
    auto add = [&](int entity, int relation, const QString& text) {
        const double width = icon + gap + metrics.horizontalAdvance(text);
        if (x > pad && x + width > maxWidth - pad) {
            x = pad;
            y += rowHeight;
        }
        entries.push_back({QPointF(x, y), entity, relation, text});
        x += width + spacing;
        widest = std::max(widest, x - spacing + pad);
    };
    for (std::size_t i = 0; i < entityTypes_.size(); ++i)
        add(static_cast<int>(i), -1, GraphStyle::label(entityTypes_[i]));
    if (!relationTypes_.empty() && !entityTypes_.empty()) {
        x = pad; // relations start a new row
        y += rowHeight;
    }
    for (std::size_t i = 0; i < relationTypes_.size(); ++i)
        add(-1, static_cast<int>(i), GraphStyle::label(relationTypes_[i]));
    const QSizeF size(std::min(maxWidth, widest), entries.empty() ? 0 : y + rowHeight + pad);
    if (!painter || entries.empty())
        return size;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(QColor(0, 0, 0, 40), uiScale));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(QRectF(topLeft, size), 4 * uiScale, 4 * uiScale);
    painter->setFont(font);
    for (const Entry& entry : entries) {
        const QPointF at = topLeft + entry.at;
        const QPointF centre = at + QPointF(icon / 2, rowHeight / 2 - 2 * uiScale);
        if (entry.entity >= 0) {
            const core::EntityType type = entityTypes_[static_cast<std::size_t>(entry.entity)];
            painter->setPen(QPen(Qt::white, uiScale));
            painter->setBrush(GraphStyle::colour(type));
            painter->drawPath(QTransform::fromTranslate(centre.x(), centre.y()).scale(icon / 2, icon / 2).map(
                GraphStyle::unitShape(GraphStyle::shape(type))));
        } else {
            const core::RelationType type = relationTypes_[static_cast<std::size_t>(entry.relation)];
            const QColor colour = GraphStyle::colour(type);
            painter->setPen(QPen(colour, 2 * uiScale));
            painter->drawLine(centre - QPointF(icon / 2, 0), centre + QPointF(icon / 2 - 3 * uiScale, 0));
            if (!core::isSymmetric(type)) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(colour);
                const QPointF tip = centre + QPointF(icon / 2, 0);
                const QPointF arrow[3] = {tip, tip + QPointF(-5 * uiScale, -3 * uiScale), tip + QPointF(-5 * uiScale, 3 * uiScale)};
                painter->drawPolygon(arrow, 3);
            }
        }
        painter->setPen(QColor(30, 30, 30));
        painter->drawText(QPointF(at.x() + icon + gap, at.y() + (rowHeight - metrics.height()) / 2 + metrics.ascent() - 2 * uiScale),
                          entry.text);
    }
    painter->restore();
    return size;
}

} // namespace newsgraph::ui
