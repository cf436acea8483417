#include "canvas/CanvasGraph.h"

#include "graph/EvidenceMoney.h"
#include "graph/RateTable.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace newsgraph::ui {

CanvasGraph CanvasGraph::fromGraphData(const core::GraphData& data)
{
    CanvasGraph graph;
    graph.nodes.reserve(data.entities.size());
    for (const core::EntityRecord& entity : data.entities) {
        CanvasNode node;
        node.id = entity.id;
        node.label = QString::fromStdString(entity.name);
        node.type = entity.type;
        node.sizeValue = entity.mentions;
        graph.nodes.push_back(std::move(node));
    }
    graph.rebuildIndex();
    graph.edges.reserve(data.relations.size());
    for (const core::RelationRecord& relation : data.relations) {
        const int s = graph.indexOf(relation.source), t = graph.indexOf(relation.target);
        if (s < 0 || t < 0)
            continue;
        CanvasEdge edge = edgeFor(relation, data);
        edge.source = s;
        edge.target = t;
        graph.edges.push_back(edge);
    }
    graph.assignParallelEdges();
    return graph;
}

CanvasEdge CanvasGraph::edgeFor(const core::RelationRecord& relation, const core::GraphData& data)
{
    CanvasEdge edge;
    edge.id = relation.id;
    edge.type = relation.type;
    edge.directed = !core::isSymmetric(relation.type);
    edge.evidenceCount = relation.weight();
    // Widths in USD at the evidence's year, as the amount filter and the money view count them.
    static const core::RateTable rates = core::RateTable::builtIn();
    for (const core::EvidenceRecord& evidence : relation.evidence)
        if (evidence.amount)
            edge.amount = std::max(edge.amount, core::evidenceUsd(evidence, data, rates).value_or(evidence.amount->value));
    return edge;
}

int CanvasGraph::indexOf(core::EntityId id) const
{
    return index_.value(id, -1);
}

void CanvasGraph::rebuildIndex()
{
    index_.clear();
    index_.reserve(static_cast<qsizetype>(nodes.size()));
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
        index_.insert(nodes[static_cast<std::size_t>(i)].id, i);
}

void CanvasGraph::assignParallelEdges()
{
    // Group edges by unordered pair in O(edges): a counting sort by the lower end (stable, so edge
    // order is kept), then each lower end's few edges ordered by the higher end. A full sort of
    // 60k pairs cost a few ms on every filter change.
    auto low = [](const CanvasEdge& edge) { return static_cast<std::size_t>(std::min(edge.source, edge.target)); };
    auto high = [&](int e) {
        const CanvasEdge& edge = edges[static_cast<std::size_t>(e)];
        return std::max(edge.source, edge.target);
    };
    std::size_t ends = 0;
    for (const CanvasEdge& edge : edges)
        ends = std::max(ends, low(edge) + 1);
    std::vector<int> start(ends + 1, 0);
    for (const CanvasEdge& edge : edges)
        ++start[low(edge) + 1];
    for (std::size_t k = 0; k < ends; ++k)
        start[k + 1] += start[k];
    std::vector<int> order(edges.size());
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (std::size_t e = 0; e < edges.size(); ++e)
        order[static_cast<std::size_t>(fill[low(edges[e])]++)] = static_cast<int>(e);
    for (std::size_t k = 0; k < ends; ++k)
        std::stable_sort(order.begin() + start[k], order.begin() + start[k + 1],
                         [&](int a, int b) { return high(a) < high(b); });
    for (std::size_t begin = 0; begin < order.size();) {
        const std::size_t lowEnd = low(edges[static_cast<std::size_t>(order[begin])]);
        const int highEnd = high(order[begin]);
        std::size_t end = begin + 1;
        while (end < order.size() && low(edges[static_cast<std::size_t>(order[end])]) == lowEnd
               && high(order[end]) == highEnd)
            ++end;
        for (std::size_t k = begin; k < end; ++k) {
            edges[static_cast<std::size_t>(order[k])].parallelIndex = static_cast<int>(k - begin);
            edges[static_cast<std::size_t>(order[k])].parallelCount = static_cast<int>(end - begin);
        }
        begin = end;
    }
}

std::vector<QPointF> CanvasGraph::positions() const
{
    std::vector<QPointF> result;
    result.reserve(nodes.size());
    for (const CanvasNode& node : nodes)
        result.push_back(node.position);
    return result;
}

void CanvasGraph::setPositions(const std::vector<QPointF>& positions)
{
    const std::size_t count = std::min(positions.size(), nodes.size());
    for (std::size_t i = 0; i < count; ++i)
        nodes[i].position = positions[i];
}

std::map<core::EntityId, QPointF> CanvasGraph::positionsById() const
{
    std::map<core::EntityId, QPointF> result;
    for (const CanvasNode& node : nodes)
        result.emplace(node.id, node.position);
    return result;
}

int CanvasGraph::applyPositions(const std::map<core::EntityId, QPointF>& positions)
{
    int matched = 0;
    for (CanvasNode& node : nodes) {
        if (auto it = positions.find(node.id); it != positions.end()) {
            node.position = it->second;
            ++matched;
        }
    }
    return matched;
}

} // namespace newsgraph::ui
