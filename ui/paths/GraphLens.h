// What the canvas shows on top of the document's filter: an entity subset, money relations only, an "as of" date.
#pragma once

#include "model/GraphData.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QString>

#include <map>
#include <optional>

namespace newsgraph::ui {

class CanvasSync;
class GraphCanvas;
class GraphDocument;

// These restrictions are views, not filters: they are not undoable edits and do not change
// what panels and exports of the document see, so they live beside the document and re-apply
// whenever CanvasSync has shown a new filtered graph. Positions of hidden nodes are kept so
// that showing them again (or playing the time slider) does not reshuffle the picture.
class GraphLens : public QObject
{
    Q_OBJECT

public:
    GraphLens(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QObject* parent = nullptr);

    // Empty optional: every entity of the filtered graph.
    void setSubset(std::optional<QSet<core::EntityId>> entities);
    const std::optional<QSet<core::EntityId>>& subset() const { return subset_; }
    void setMoneyOnly(bool moneyOnly);
    bool moneyOnly() const { return moneyOnly_; }
    // "" = no time restriction; else an ISO prefix ("2024-06").
    void setAsOf(const QString& isoDate);
    QString asOf() const { return asOf_; }
    bool isActive() const { return subset_ || moneyOnly_ || !asOf_.isEmpty(); }

    // The graph the lens lets through (also what the canvas shows while the lens is active).
    core::GraphData shownGraph() const;

signals:
    void changed();

private:
    void apply();
    void rememberPositions();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    CanvasSync* sync_;
    std::optional<QSet<core::EntityId>> subset_;
    bool moneyOnly_ = false;
    QString asOf_;
    bool shownRestricted_ = false; // the canvas currently shows a lens view (not CanvasSync's)
    std::map<core::EntityId, QPointF> positions_;
};

} // namespace newsgraph::ui
