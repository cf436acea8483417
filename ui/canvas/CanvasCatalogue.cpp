#include "canvas/CanvasCatalogue.h"

#include <algorithm>
#include <utility>

namespace newsgraph::ui {
namespace {

// Position of each id in `items` (sorted by id), walking forward from `from`; -1 when absent.
template <typename Record, typename Id>
std::int32_t advanceTo(const std::vector<Record>& items, std::size_t& from, Id id)
{
    while (from < items.size() && items[from].id < id)
        ++from;
    return from < items.size() && items[from].id == id ? static_cast<std::int32_t>(from) : -1;
}

} // namespace

CanvasCatalogue::CanvasCatalogue(std::shared_ptr<const core::GraphData> stored) : stored_(std::move(stored))
{
    if (!stored_)
        return;
    const auto& entities = stored_->entities;
    labels_.reserve(entities.size());
    for (const auto& entity : entities)
        labels_.push_back(QString::fromStdString(entity.name));
    const auto positionOf = [&](core::EntityId id) {
        auto it = std::lower_bound(entities.begin(), entities.end(), id,
                                   [](const core::EntityRecord& e, core::EntityId value) { return e.id < value; });
        return it != entities.end() && it->id == id ? static_cast<std::int32_t>(it - entities.begin()) : -1;
    };
    const auto& relations = stored_->relations;
    sourceAt_.reserve(relations.size());
    targetAt_.reserve(relations.size());
    edges_.reserve(relations.size());
    for (const auto& relation : relations) {
        sourceAt_.push_back(positionOf(relation.source));
        targetAt_.push_back(positionOf(relation.target));
        edges_.push_back(CanvasGraph::edgeFor(relation, *stored_));
    }
}

std::optional<CanvasGraph> CanvasCatalogue::assemble(const core::GraphData& shown) const
{
    if (!stored_)
        return std::nullopt;
    const auto& entities = stored_->entities;
    const auto& relations = stored_->relations;
    CanvasGraph graph;
    graph.nodes.reserve(shown.entities.size());
    std::vector<std::int32_t> nodeAt(entities.size(), -1);
    std::size_t walk = 0;
    for (const core::EntityRecord& entity : shown.entities) {
        const std::int32_t at = advanceTo(entities, walk, entity.id);
        if (at < 0)
            return std::nullopt;
        nodeAt[static_cast<std::size_t>(at)] = static_cast<std::int32_t>(graph.nodes.size());
        CanvasNode node;
        node.id = entity.id;
        node.label = labels_[static_cast<std::size_t>(at)];
        node.type = entity.type;
        node.sizeValue = entity.mentions;
        graph.nodes.push_back(std::move(node));
    }
    graph.edges.reserve(shown.relations.size());
    walk = 0;
    for (const core::RelationRecord& relation : shown.relations) {
        const std::int32_t at = advanceTo(relations, walk, relation.id);
        if (at < 0)
            return std::nullopt;
        const auto k = static_cast<std::size_t>(at);
        const std::int32_t source = sourceAt_[k], target = targetAt_[k];
        if (source < 0 || target < 0)
            continue;
        const std::int32_t s = nodeAt[static_cast<std::size_t>(source)], t = nodeAt[static_cast<std::size_t>(target)];
        if (s < 0 || t < 0)
            continue;
        // A filter that trimmed the evidence gave the relation a list of its own: count what is shown.
        CanvasEdge edge = &relation.evidence.items() == &relations[k].evidence.items()
                              ? edges_[k]
                              : CanvasGraph::edgeFor(relation, shown);
        edge.source = s;
        edge.target = t;
        graph.edges.push_back(edge);
    }
    graph.assignParallelEdges();
    return graph;
}

} // namespace newsgraph::ui
