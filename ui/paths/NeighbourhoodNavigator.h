// Neighbourhoods: show k hops around an entity, expand/collapse a node's neighbours, focus mode (fade the rest).
#pragma once

#include "model/GraphData.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace newsgraph::ui {

class GraphCanvas;
class GraphDocument;
class GraphLens;

class NeighbourhoodNavigator : public QObject
{
    Q_OBJECT

public:
    NeighbourhoodNavigator(GraphDocument* document, GraphCanvas* canvas, GraphLens* lens, QObject* parent = nullptr);

    // Restricts the view to entities within `hops` of `centre` in the filtered graph.
    void showHops(core::EntityId centre, int hops);
    void showAll();
    // With a subset shown: adds the node's neighbours, or removes those it added before.
    void toggleNeighbours(core::EntityId entity);

    // Focus mode fades everything beyond `hops` of the selection (the canvas's focus API).
    void setFocusMode(bool on);
    bool focusMode() const { return focusMode_; }
    void setHops(int hops);
    int hops() const { return hops_; }
    QSet<core::EntityId> neighbourhood(core::EntityId centre, int hops) const;

signals:
    void message(const QString& text);

private:
    void updateFocus();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    GraphLens* lens_;
    bool focusMode_ = false;
    int hops_ = 1;
    QHash<core::EntityId, QSet<core::EntityId>> expandedBy_; // node -> neighbours its expansion added
};

} // namespace newsgraph::ui
