// The open database and everything derived from it.
#include "GraphDocument.h"

#include "BackgroundPriority.h"
#include "commands/ChangeFilterCommand.h"

#include "graph/KnowledgeGraph.h"
#include "store/GraphStore.h"

#include <QThreadPool>
#include <QUndoStack>

#include <algorithm>
#include <filesystem>

namespace newsgraph::ui {
namespace {

const core::GraphData& emptyGraph()
{
    static const core::GraphData empty;
    return empty;
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

GraphDocument::GraphDocument(QObject* parent)
    : QObject(parent), undoStack_(new QUndoStack(this)), filterJob_(this, &filterPool_), measuresJob_(this, &measuresPool_)
{
    // One thread, so that every filtered graph is built from the same malloc arena and reuses the
    // memory of the one it replaces: with a thread (and arena) per job, each filter of a 20,000-node
    // graph faulted in megabytes of fresh pages, half of its time. A superseded filter is not
    // interrupted, so the newest may wait for the one before it (tens of milliseconds at that size).
    filterPool_.setMaxThreadCount(1);
    filterPool_.setExpiryTimeout(-1); // keep the thread, and with it the arena's free memory
    // Measures (betweenness takes seconds on large graphs) run on a thread of their own at low
    // priority (see lowerCurrentThreadPriority), so that they never hold up the global pool's layout.
    measuresPool_.setMaxThreadCount(1);
}

GraphDocument::~GraphDocument() = default;

core::Result<void> GraphDocument::open(const QString& databasePath)
{
    auto opened = core::GraphStore::open(toPath(databasePath));
    if (!opened)
        return std::unexpected(opened.error());
    auto loaded = (*opened)->loadGraph();
    if (!loaded)
        return std::unexpected(loaded.error());
    filterJob_.cancel();
    measuresJob_.cancel();
    store_ = std::move(*opened);
    graph_ = std::make_shared<const core::GraphData>(std::move(*loaded));
    filtered_.reset();
    measures_ = {};
    filter_ = {};
    selectedEntities_.clear();
    selectedRelation_ = 0;
    undoStack_->clear();
    emit databaseChanged();
    emit graphLoaded();
    emit filterChanged();
    emit selectionChanged();
    startFiltering();
    return {};
}

void GraphDocument::close()
{
    filterJob_.cancel();
    measuresJob_.cancel();
    store_.reset();
    graph_.reset();
    filtered_.reset();
    measures_ = {};
    filter_ = {};
    selectedEntities_.clear();
    selectedRelation_ = 0;
    undoStack_->clear();
    setFiltering(false);
    emit databaseChanged();
    emit graphLoaded();
    emit filterChanged();
    emit graphChanged();
    emit selectionChanged();
}

core::Result<void> GraphDocument::reload()
{
    if (!store_)
        return core::fail(core::Error::Kind::InvalidInput, "no database is open");
    auto loaded = store_->loadGraph();
    if (!loaded)
        return std::unexpected(loaded.error());
    graph_ = std::make_shared<const core::GraphData>(std::move(*loaded));
    emit graphLoaded();
    startFiltering();
    return {};
}

bool GraphDocument::isOpen() const
{
    return store_ != nullptr;
}

QString GraphDocument::databasePath() const
{
    return store_ ? QString::fromStdU16String(store_->path().u16string()) : QString();
}

core::GraphStore* GraphDocument::store() const
{
    return store_.get();
}

const core::GraphData& GraphDocument::graph() const
{
    return graph_ ? *graph_ : emptyGraph();
}

const core::GraphData& GraphDocument::filteredGraph() const
{
    return filtered_ ? *filtered_ : emptyGraph();
}

std::shared_ptr<const core::GraphData> GraphDocument::filteredGraphPointer() const
{
    return filtered_ ? filtered_ : std::make_shared<const core::GraphData>();
}

const GraphMeasures& GraphDocument::measures() const
{
    return measures_;
}

bool GraphDocument::isFiltering() const
{
    return filtering_;
}

const core::GraphFilter& GraphDocument::filter() const
{
    return filter_;
}

void GraphDocument::setFilter(const core::GraphFilter& filter, int mergeId, const QString& text)
{
    if (filter == filter_)
        return;
    undoStack_->push(new ChangeFilterCommand(this, filter_, filter, mergeId,
                                             text.isEmpty() ? tr("Change filter") : text));
}

void GraphDocument::applyFilter(const core::GraphFilter& filter)
{
    if (filter == filter_)
        return;
    filter_ = filter;
    emit filterChanged();
    startFiltering();
}

void GraphDocument::startFiltering()
{
    measuresJob_.cancel();
    if (!graph_) {
        filtered_.reset();
        emit graphChanged();
        return;
    }
    setFiltering(true);
    filterJob_.start(
        [data = graph_, filter = filter_](const CancelFlag&, QPromise<std::shared_ptr<const core::GraphData>>& promise) {
            // No filter: share the stored graph instead of copying it (a whole copy of 60,000
            // relations with their evidence costs more than everything else in an update).
            if (filter == core::GraphFilter{})
                promise.addResult(data);
            else
                promise.addResult(std::make_shared<const core::GraphData>(core::applyFilter(*data, filter)));
        },
        [this](std::shared_ptr<const core::GraphData> result) {
            // Freeing a large graph takes tens of milliseconds: the filter thread does it, off the GUI
            // thread, before it builds the next filtered graph in the memory this one gives back.
            if (filtered_ && filtered_.use_count() == 1)
                filterPool_.start([old = std::move(filtered_)] {});
            filtered_ = std::move(result);
            measures_ = {};
            pruneSelection();
            setFiltering(false);
            emit graphChanged();
            startMeasures();
        });
}

void GraphDocument::startMeasures()
{
    measuresJob_.start(
        [data = filtered_](const CancelFlag& cancelled, QPromise<GraphMeasures>& promise) {
            lowerCurrentThreadPriority();
            const core::KnowledgeGraph graph(*data);
            GraphMeasures measures;
            measures.degree = graph.degree();
            if (cancelled->load())
                return;
            measures.pageRank = graph.pageRank();
            if (cancelled->load())
                return;
            measures.communities = graph.communities();
            if (cancelled->load())
                return;
            measures.betweenness = graph.betweenness(cancelled.get());
            if (cancelled->load())
                return;
            promise.addResult(std::move(measures));
        },
        [this](GraphMeasures result) {
            measures_ = std::move(result);
            emit measuresReady();
        });
}

void GraphDocument::setFiltering(bool busy)
{
    if (filtering_ == busy)
        return;
    filtering_ = busy;
    emit filteringChanged(busy);
}

const QList<core::EntityId>& GraphDocument::selectedEntities() const
{
    return selectedEntities_;
}

core::RelationId GraphDocument::selectedRelation() const
{
    return selectedRelation_;
}

void GraphDocument::setSelection(const QList<core::EntityId>& entities, core::RelationId relation)
{
    // Not QList::operator==: Qt 6.4 passes a null pointer to memcmp for two empty lists (UBSan stops there).
    const bool sameEntities = std::equal(entities.begin(), entities.end(), selectedEntities_.begin(), selectedEntities_.end());
    if (sameEntities && relation == selectedRelation_)
        return;
    selectedEntities_ = entities;
    selectedRelation_ = relation;
    emit selectionChanged();
}

void GraphDocument::selectEntity(core::EntityId entity)
{
    setSelection({entity});
}

void GraphDocument::selectRelation(core::RelationId relation)
{
    setSelection({}, relation);
}

void GraphDocument::clearSelection()
{
    setSelection({});
}

void GraphDocument::requestFocus(core::EntityId entity)
{
    emit focusRequested(entity);
}

// Selected items the new filter hides are dropped, so the inspector never shows a ghost.
void GraphDocument::pruneSelection()
{
    const auto& data = filteredGraph();
    QList<core::EntityId> kept;
    for (auto id : std::as_const(selectedEntities_))
        if (data.entity(id))
            kept.append(id);
    core::RelationId relation = 0;
    if (selectedRelation_) {
        const bool present = std::any_of(data.relations.begin(), data.relations.end(),
                                         [this](const core::RelationRecord& r) { return r.id == selectedRelation_; });
        relation = present ? selectedRelation_ : 0;
    }
    setSelection(kept, relation);
}

QUndoStack* GraphDocument::undoStack() const
{
    return undoStack_;
}

} // namespace newsgraph::ui
