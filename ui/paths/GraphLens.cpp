// What the canvas shows on top of the document's filter.
#include "GraphLens.h"

#include "analysis/MoneyFlows.h"
#include "analysis/Timeline.h"
#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "money/MoneyEdgeWidths.h"
#include "money/UsdRates.h"
#include "window/CanvasSync.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace newsgraph::ui {
namespace {

// Published on or before `asOf`, compared at the precision of the shorter date; undated counts as known.
bool publishedBy(const std::string& published, const std::string& asOf)
{
    if (published.empty())
        return true;
    const std::size_t n = std::min(published.size(), asOf.size());
    return published.compare(0, n, asOf, 0, n) <= 0;
}

template <typename Keep>
void keepEntities(core::GraphData& data, Keep keep)
{
    std::erase_if(data.entities, [&](const core::EntityRecord& entity) { return !keep(entity); });
    std::set<core::EntityId> kept;
    for (const auto& entity : data.entities)
        kept.insert(entity.id);
    std::erase_if(data.relations, [&](const core::RelationRecord& relation) {
        return !kept.contains(relation.source) || !kept.contains(relation.target);
    });
}

std::set<core::EntityId> relationEnds(const core::GraphData& data)
{
    std::set<core::EntityId> ends;
    for (const auto& relation : data.relations) {
        ends.insert(relation.source);
        ends.insert(relation.target);
    }
    return ends;
}

} // namespace

GraphLens::GraphLens(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QObject* parent)
    : QObject(parent), document_(document), canvas_(canvas), sync_(sync)
{
    connect(sync_, &CanvasSync::graphShown, this, [this] {
        shownRestricted_ = false;
        if (isActive())
            apply();
        else
            rememberPositions();
    });
    connect(canvas_, &GraphCanvas::positionsChanged, this, &GraphLens::rememberPositions);
    connect(document_, &GraphDocument::databaseChanged, this, [this] {
        positions_.clear();
        subset_.reset();
        asOf_.clear();
        emit changed();
    });
}

void GraphLens::setSubset(std::optional<QSet<core::EntityId>> entities)
{
    subset_ = std::move(entities);
    apply();
}

void GraphLens::setMoneyOnly(bool moneyOnly)
{
    if (moneyOnly_ == moneyOnly)
        return;
    moneyOnly_ = moneyOnly;
    apply();
}

void GraphLens::setAsOf(const QString& isoDate)
{
    if (asOf_ == isoDate)
        return;
    asOf_ = isoDate;
    apply();
}

core::GraphData GraphLens::shownGraph() const
{
    core::GraphData data = document_->filteredGraph();
    if (!asOf_.isEmpty()) {
        const std::string asOf = asOf_.toStdString();
        data = core::graphAsOf(data, asOf);
        // Entities appear with their first article (or first relation), so playing shows growth.
        const auto ends = relationEnds(data);
        keepEntities(data, [&](const core::EntityRecord& entity) {
            if (entity.userAdded || ends.contains(entity.id) || entity.articles.empty())
                return true;
            return std::any_of(entity.articles.begin(), entity.articles.end(), [&](core::ArticleId id) {
                const auto* article = data.article(id);
                return !article || publishedBy(article->publishedDate, asOf);
            });
        });
    }
    if (moneyOnly_) {
        std::erase_if(data.relations, [](const core::RelationRecord& r) { return !core::isMoneyRelation(r.type); });
        const auto ends = relationEnds(data);
        keepEntities(data, [&](const core::EntityRecord& entity) { return ends.contains(entity.id); });
    }
    if (subset_)
        keepEntities(data, [this](const core::EntityRecord& entity) { return subset_->contains(entity.id); });
    return data;
}

void GraphLens::rememberPositions()
{
    for (const auto& [id, position] : canvas_->positions())
        if (!position.isNull())
            positions_[id] = position;
}

void GraphLens::apply()
{
    rememberPositions();
    if (!isActive() && !shownRestricted_) {
        emit changed();
        return;
    }
    const core::GraphData data = shownGraph();
    CanvasGraph graph = CanvasGraph::fromGraphData(data);
    if (moneyOnly_) {
        const auto usd = largestUsdPerRelation(core::moneyFlows(data, usdRates()));
        for (auto& edge : graph.edges) {
            const auto it = usd.find(edge.id);
            edge.amount = it == usd.end() ? 0 : it->second;
        }
    }
    std::vector<bool> placed(graph.nodes.size(), false);
    bool anyPlaced = false;
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        if (const auto it = positions_.find(graph.nodes[i].id); it != positions_.end()) {
            graph.nodes[i].position = it->second;
            placed[i] = anyPlaced = true;
        }
    // Nodes never seen start beside a placed neighbour, so expanding grows the picture in place.
    for (std::size_t i = 0; i < graph.nodes.size() && anyPlaced; ++i) {
        if (placed[i])
            continue;
        QPointF anchor;
        for (const auto& edge : graph.edges) {
            const int other = edge.source == static_cast<int>(i) ? edge.target
                : edge.target == static_cast<int>(i)              ? edge.source
                                                                   : -1;
            if (other >= 0 && placed[static_cast<std::size_t>(other)]) {
                anchor = graph.nodes[static_cast<std::size_t>(other)].position;
                break;
            }
        }
        const double angle = static_cast<double>(i) * 2.399963;
        graph.nodes[i].position = anchor + QPointF(std::cos(angle), std::sin(angle)) * 60.0;
    }
    canvas_->setGraph(std::move(graph), !anyPlaced);
    sync_->setSizeMeasure(sync_->sizeMeasure());
    shownRestricted_ = isActive();
    emit changed();
}

} // namespace newsgraph::ui
