// Keeps the graph canvas in step with the document.
#include "CanvasSync.h"

#include "SavedPositions.h"

#include "canvas/GraphCanvas.h"
#include "canvas/NodePlacement.h"
#include "document/GraphDocument.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <vector>

namespace newsgraph::ui {
CanvasSync::CanvasSync(GraphDocument* document, GraphCanvas* canvas, QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas), saveTimer_(new QTimer(this))
{
    // Dragging a node or a running layout reports often; write once things are still.
    saveTimer_->setSingleShot(true);
    saveTimer_->setInterval(1500);
    connect(saveTimer_, &QTimer::timeout, this, &CanvasSync::savePositions);
    connect(canvas_, &GraphCanvas::positionsChanged, saveTimer_, qOverload<>(&QTimer::start));
    connect(document_, &GraphDocument::databaseChanged, this, [this] {
        saveTimer_->stop();
        savedPositions_ = document_->store() ? savedPositions::load(*document_->store())
                                             : std::map<core::EntityId, QPointF>{};
        catalogue_ = {};
        canvas_->setGraph({}, false); // no positions carried over from another database
    });
    connect(document_, &GraphDocument::graphChanged, this, &CanvasSync::showGraph);
    connect(document_, &GraphDocument::measuresReady, this, &CanvasSync::applySizeMeasure);
    connect(document_, &GraphDocument::selectionChanged, this, &CanvasSync::showSelection);
    connect(document_, &GraphDocument::focusRequested, canvas_, &GraphCanvas::centreOn);
    connect(canvas_, &GraphCanvas::selectionChanged, this, [this](const QList<core::EntityId>& entities) {
        if (!syncing_)
            document_->setSelection(entities);
    });
    connect(canvas_, &GraphCanvas::relationClicked, document_, &GraphDocument::selectRelation);
    connect(canvas_, &GraphCanvas::nodeDoubleClicked, this, [this](core::EntityId entity) {
        document_->selectEntity(entity);
        canvas_->centreOn(entity);
    });
}

QStringList CanvasSync::sizeMeasures()
{
    return {QStringLiteral("mentions"), QStringLiteral("degree"), QStringLiteral("betweenness"),
            QStringLiteral("pageRank")};
}

void CanvasSync::setSizeMeasure(const QString& measure)
{
    sizeMeasure_ = measure;
    applySizeMeasure();
}

void CanvasSync::showGraph()
{
    // Nodes on screen keep their place; others come from the database (saved positions are only
    // held until the first graph of a database is shown).
    const CanvasGraph& shown = canvas_->graph();
    const auto previousPosition = [&](core::EntityId id) -> std::optional<QPointF> {
        if (const int at = shown.indexOf(id); at >= 0)
            return shown.nodes[static_cast<std::size_t>(at)].position;
        if (auto saved = savedPositions_.find(id); saved != savedPositions_.end())
            return saved->second;
        return std::nullopt;
    };

    if (catalogue_.stored() != &document_->graph())
        catalogue_ = CanvasCatalogue(document_->graphPointer());
    auto assembled = catalogue_.assemble(document_->filteredGraph());
    CanvasGraph graph = assembled ? std::move(*assembled) : CanvasGraph::fromGraphData(document_->filteredGraph());
    std::vector<bool> placed(graph.nodes.size(), false);
    std::size_t matched = 0;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (auto position = previousPosition(graph.nodes[i].id)) {
            graph.nodes[i].position = *position;
            placed[i] = true;
            ++matched;
        }
    }
    savedPositions_.clear();
    // Mostly new nodes (another database, a much wider filter): lay the graph out afresh.
    const bool fresh = matched * 2 < graph.nodes.size();
    if (fresh) {
        for (auto& node : graph.nodes)
            node.position = {};
    } else {
        placeNewNodes(graph, placed);
    }
    // Sizes start as mention counts; the other measures follow with measuresReady().
    canvas_->setGraph(std::move(graph), fresh);
    showSelection();
    emit graphShown();
}

void CanvasSync::savePositions()
{
    if (document_->store() && !canvas_->graph().nodes.empty())
        savedPositions::save(*document_->store(), canvas_->positions());
}

void CanvasSync::applySizeMeasure()
{
    const auto& measures = document_->measures();
    if (sizeMeasure_ == QStringLiteral("mentions")) {
        std::map<core::EntityId, double> mentions;
        for (const auto& entity : document_->filteredGraph().entities)
            mentions[entity.id] = entity.mentions;
        canvas_->setSizeMeasure(sizeMeasure_, mentions);
    } else if (sizeMeasure_ == QStringLiteral("degree") && !measures.isEmpty()) {
        canvas_->setSizeMeasure(sizeMeasure_, measures.degree);
    } else if (sizeMeasure_ == QStringLiteral("betweenness") && !measures.isEmpty()) {
        canvas_->setSizeMeasure(sizeMeasure_, measures.betweenness);
    } else if (sizeMeasure_ == QStringLiteral("pageRank") && !measures.isEmpty()) {
        canvas_->setSizeMeasure(sizeMeasure_, measures.pageRank);
    }
}

void CanvasSync::showSelection()
{
    syncing_ = true;
    canvas_->setSelectedEntities(document_->selectedEntities());
    syncing_ = false;
    const core::RelationId relation = document_->selectedRelation();
    if (relation == 0) {
        canvas_->clearHighlight();
        return;
    }
    for (const auto& record : document_->filteredGraph().relations)
        if (record.id == relation) {
            canvas_->setHighlight({record.source, record.target}, {relation});
            return;
        }
}

} // namespace newsgraph::ui
