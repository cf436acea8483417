// The open database and everything derived from it: full graph, filter, filtered graph, measures, selection, undo.
#pragma once

#include "BackgroundJob.h"
#include "GraphMeasures.h"

#include "graph/GraphFilter.h"
#include "model/Error.h"
#include "model/GraphData.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace newsgraph::core {
class GraphStore;
}

namespace newsgraph::ui {

// Views and models read from the document and subscribe to its signals; only the document (and
// the undo commands it runs) change it. Filtering and measures run on the thread pool: a newer
// filter supersedes an older one, so typing in a spin box never freezes the window.
class GraphDocument : public QObject
{
    Q_OBJECT

public:
    explicit GraphDocument(QObject* parent = nullptr);
    ~GraphDocument() override;

    // Opens (creating if needed) the database and loads its graph. On failure the previous
    // database stays open.
    core::Result<void> open(const QString& databasePath);
    void close();
    // Re-reads the graph from the database (after an import or a curation edit).
    core::Result<void> reload();

    bool isOpen() const;
    QString databasePath() const;
    core::GraphStore* store() const; // null when closed; GUI thread only

    // The whole stored graph and the part the current filter lets through.
    const core::GraphData& graph() const;
    const core::GraphData& filteredGraph() const;
    std::shared_ptr<const core::GraphData> filteredGraphPointer() const;
    // Null when closed. filteredGraph() is always derived from it when graphChanged() is emitted.
    std::shared_ptr<const core::GraphData> graphPointer() const { return graph_; }
    // Measures of the filtered graph; empty until measuresReady() after each graphChanged().
    const GraphMeasures& measures() const;
    // True from a filter request until its result is shown.
    bool isFiltering() const;

    const core::GraphFilter& filter() const;
    // A user edit: pushed on the undo stack (consecutive edits of one control merge).
    void setFilter(const core::GraphFilter& filter, int mergeId = -1, const QString& text = {});
    // Applies without touching the undo stack (used by undo commands and on load).
    void applyFilter(const core::GraphFilter& filter);

    // Selection: entities and at most one relation (0 = none).
    const QList<core::EntityId>& selectedEntities() const;
    core::RelationId selectedRelation() const;
    void setSelection(const QList<core::EntityId>& entities, core::RelationId relation = 0);
    void selectEntity(core::EntityId entity);
    void selectRelation(core::RelationId relation);
    void clearSelection();
    // Asks views to bring an entity into view (search results, article viewer links).
    void requestFocus(core::EntityId entity);

    QUndoStack* undoStack() const;

signals:
    void databaseChanged();        // another database opened, or closed
    void graphLoaded();            // graph() replaced (open, reload after an import, close)
    void graphChanged();           // filteredGraph() replaced
    void filterChanged();          // filter() changed (views reflect it; the graph follows later)
    void selectionChanged();
    void measuresReady();          // measures() match filteredGraph()
    void filteringChanged(bool busy);
    void focusRequested(core::EntityId entity);

private:
    void startFiltering();
    void startMeasures();
    void setFiltering(bool busy);
    void pruneSelection();

    std::unique_ptr<core::GraphStore> store_;
    std::shared_ptr<const core::GraphData> graph_;
    std::shared_ptr<const core::GraphData> filtered_;
    GraphMeasures measures_;
    core::GraphFilter filter_;
    QList<core::EntityId> selectedEntities_;
    core::RelationId selectedRelation_ = 0;
    bool filtering_ = false;
    QUndoStack* undoStack_;
    QThreadPool filterPool_; // before filterJob_, which waits for its worker when destroyed
    BackgroundJob<std::shared_ptr<const core::GraphData>> filterJob_;
    QThreadPool measuresPool_; // before measuresJob_, for the same reason
    BackgroundJob<GraphMeasures> measuresJob_;
};

} // namespace newsgraph::ui
