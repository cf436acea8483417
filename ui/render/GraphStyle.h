// How the graph looks: colours and shapes per type, node and edge sizes, the Korean-capable label font.
#pragma once

#include "canvas/CanvasGraph.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QString>

namespace newsgraph::ui {

enum class NodeShape { Circle, Square, Diamond, Triangle, Hexagon, Star, RoundedSquare, InvertedTriangle, Pentagon, Cross };

struct GraphStyle {
    static QColor colour(core::EntityType type);
    static NodeShape shape(core::EntityType type);
    static QColor colour(core::RelationType type);
    static QString label(core::EntityType type);   // "기업 Company"
    static QString label(core::RelationType type); // "투자 invests in"

    // A unit-radius outline of the shape, centred on the origin (scale and translate to draw).
    static const QPainterPath& unitShape(NodeShape shape);

    // World radius of a node from its size value, given the largest value in the graph.
    static double nodeRadius(double value, double largestValue);
    // Screen width (before the export's ui scale) of an edge: log scale of evidence count or amount.
    static double edgeWidth(const CanvasEdge& edge);

    // "Noto Sans CJK KR" when installed, else any family that covers Hangul, else the default font.
    static QString labelFamily();
    static QFont labelFont(double pixelSize, bool bold = false);
};

} // namespace newsgraph::ui
