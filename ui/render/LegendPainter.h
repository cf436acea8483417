// The legend: shape and colour per entity type, line colour (and arrow) per relation type present.
#pragma once

#include "canvas/CanvasGraph.h"

#include <QPointF>
#include <QSizeF>

class QPainter;

namespace newsgraph::ui {

class LegendPainter
{
public:
    explicit LegendPainter(const CanvasGraph& graph); // lists only the types the graph contains

    // Entries flow left to right and wrap at maxWidth. Returns the size; paints only when painter is set.
    QSizeF paint(QPainter* painter, QPointF topLeft, double uiScale, double maxWidth) const;

private:
    std::vector<core::EntityType> entityTypes_;
    std::vector<core::RelationType> relationTypes_;
};

} // namespace newsgraph::ui
