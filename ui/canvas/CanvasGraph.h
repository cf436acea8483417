// The canvas's own snapshot of a graph: flat arrays of nodes and edges, cheap to draw and hit-test.
#pragma once

#include "model/GraphData.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QString>

#include <map>
#include <vector>

namespace newsgraph::ui {

struct CanvasNode {
    core::EntityId id = 0;
    QString label;
    core::EntityType type = core::EntityType::Company;
    double sizeValue = 0; // the chosen size measure (mentions by default)
    QPointF position;
    bool pinned = false;
    QColor colour; // invalid: the type's colour; set by "colour by community" (GraphCanvas::setNodeColours)
};

struct CanvasEdge {
    core::RelationId id = 0;
    int source = 0; // node indices
    int target = 0;
    core::RelationType type = core::RelationType::MentionedWith;
    bool directed = true;      // false for symmetric types: drawn without an arrow
    int evidenceCount = 1;
    double amount = 0;         // largest amount stated, roughly in USD; 0 when none
    int parallelIndex = 0;     // position among edges joining the same pair (curved apart)
    int parallelCount = 1;
};

struct CanvasGraph {
    std::vector<CanvasNode> nodes;
    std::vector<CanvasEdge> edges;
    QString sizeMeasure = QStringLiteral("mentions");

    // Nodes from entities, edges from relations whose ends are both present. Positions start at 0.
    static CanvasGraph fromGraphData(const core::GraphData& data);
    // The edge drawn for `relation` of `data` (source and target left for the caller).
    static CanvasEdge edgeFor(const core::RelationRecord& relation, const core::GraphData& data);

    int indexOf(core::EntityId id) const; // -1 when absent
    void rebuildIndex();                  // after nodes change
    void assignParallelEdges();           // after edges change

    std::vector<QPointF> positions() const;
    void setPositions(const std::vector<QPointF>& positions);
    std::map<core::EntityId, QPointF> positionsById() const;
    // Nodes present in `positions` move there; returns how many matched.
    int applyPositions(const std::map<core::EntityId, QPointF>& positions);

private:
    QHash<core::EntityId, int> index_;
};

} // namespace newsgraph::ui
