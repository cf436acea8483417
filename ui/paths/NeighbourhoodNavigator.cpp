// Neighbourhoods: k hops, expand/collapse, focus mode.
#include "NeighbourhoodNavigator.h"

#include "GraphLens.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "graph/KnowledgeGraph.h"

namespace newsgraph::ui {

NeighbourhoodNavigator::NeighbourhoodNavigator(GraphDocument* document, GraphCanvas* canvas, GraphLens* lens,
                                               QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas), lens_(lens)
{
    connect(canvas_, &GraphCanvas::nodeDoubleClicked, this, &NeighbourhoodNavigator::toggleNeighbours);
    connect(document_, &GraphDocument::selectionChanged, this, &NeighbourhoodNavigator::updateFocus);
    connect(lens_, &GraphLens::changed, this, &NeighbourhoodNavigator::updateFocus);
    connect(document_, &GraphDocument::databaseChanged, this, [this] { expandedBy_.clear(); });
}

QSet<core::EntityId> NeighbourhoodNavigator::neighbourhood(core::EntityId centre, int hops) const
{
    QSet<core::EntityId> ids;
    for (core::EntityId id : core::KnowledgeGraph(document_->filteredGraph()).neighbourhood(centre, hops))
        ids.insert(id);
    return ids;
}

void NeighbourhoodNavigator::showHops(core::EntityId centre, int hops)
{
    if (!document_->filteredGraph().entity(centre)) {
        emit message(tr("Select an entity the filter shows first."));
        return;
    }
    expandedBy_.clear();
    lens_->setSubset(neighbourhood(centre, hops));
    canvas_->centreOn(centre);
}

void NeighbourhoodNavigator::showAll()
{
    expandedBy_.clear();
    lens_->setSubset(std::nullopt);
}

void NeighbourhoodNavigator::toggleNeighbours(core::EntityId entity)
{
    if (!lens_->subset())
        return; // the whole graph is shown: nothing to expand
    QSet<core::EntityId> shown = *lens_->subset();
    if (const auto it = expandedBy_.find(entity); it != expandedBy_.end()) {
        for (core::EntityId id : *it)
            shown.remove(id);
        expandedBy_.erase(it);
    } else {
        QSet<core::EntityId> added;
        for (core::EntityId id : neighbourhood(entity, 1))
            if (!shown.contains(id))
                added.insert(id);
        shown.unite(added);
        expandedBy_.insert(entity, added);
    }
    lens_->setSubset(shown);
}

void NeighbourhoodNavigator::setFocusMode(bool on)
{
    focusMode_ = on;
    updateFocus();
}

void NeighbourhoodNavigator::setHops(int hops)
{
    hops_ = std::max(1, hops);
    updateFocus();
}

void NeighbourhoodNavigator::updateFocus()
{
    const auto& selected = document_->selectedEntities();
    if (!focusMode_ || selected.isEmpty()) {
        canvas_->setFocusEntities({});
        return;
    }
    QSet<core::EntityId> focus;
    for (core::EntityId id : selected)
        focus.unite(neighbourhood(id, hops_));
    canvas_->setFocusEntities(focus);
}

} // namespace newsgraph::ui
