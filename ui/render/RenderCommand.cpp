// The headless render command (RenderRequest.h): store -> filter -> focus -> layout -> image file.
#include "render/RenderRequest.h"

#include "canvas/CanvasGraph.h"
#include "layout/LayoutComputation.h"
#include "render/ImageExporter.h"
#include "render/OffscreenApplication.h"
#include "render/SourceArticles.h"
#include "store/GraphStore.h"

#include <QString>

#include <algorithm>
#include <deque>
#include <map>
#include <ostream>
#include <set>

namespace newsgraph::ui {

namespace {

std::string lowered(const std::string& text)
{
    return QString::fromStdString(text).toCaseFolded().toStdString();
}

// Exact name first, then an alias, then a case-insensitive name; ties go to the most mentioned.
const core::EntityRecord* findEntity(const core::GraphData& data, const std::string& name)
{
    const core::EntityRecord* best = nullptr;
    int bestRank = 0;
    const std::string folded = lowered(name);
    for (const core::EntityRecord& entity : data.entities) {
        int rank = 0;
        if (entity.name == name)
            rank = 3;
        else if (std::find(entity.aliases.begin(), entity.aliases.end(), name) != entity.aliases.end())
            rank = 2;
        else if (lowered(entity.name) == folded)
            rank = 1;
        if (rank > bestRank || (rank > 0 && rank == bestRank && entity.mentions > best->mentions)) {
            best = &entity;
            bestRank = rank;
        }
    }
    return best;
}

LayoutInput layoutInputFor(const CanvasGraph& graph, LayoutKind kind, std::uint64_t seed, int root)
{
    LayoutInput input;
    input.nodeCount = static_cast<int>(graph.nodes.size());
    input.seed = seed;
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    for (const CanvasNode& node : graph.nodes)
        input.groups.push_back(static_cast<int>(node.type));
    if (kind == LayoutKind::Radial && root >= 0)
        input.roots.push_back(root);
    return input;
}

} // namespace

core::Result<core::GraphData> focusSubgraph(const core::GraphData& data, const std::string& name, int hops)
{
    const core::EntityRecord* focus = findEntity(data, name);
    if (!focus)
        return core::fail(core::Error::Kind::NotFound, "render: no entity named \"" + name + "\" in the (filtered) graph");
    std::map<core::EntityId, std::vector<core::EntityId>> neighbours;
    for (const core::RelationRecord& relation : data.relations) {
        neighbours[relation.source].push_back(relation.target);
        neighbours[relation.target].push_back(relation.source);
    }
    std::map<core::EntityId, int> distance{{focus->id, 0}};
    std::deque<core::EntityId> queue{focus->id};
    while (!queue.empty()) {
        const core::EntityId current = queue.front();
        queue.pop_front();
        if (distance[current] >= hops)
            continue;
        for (core::EntityId next : neighbours[current])
            if (distance.emplace(next, distance[current] + 1).second)
                queue.push_back(next);
    }
    core::GraphData result;
    result.articles = data.articles;
    for (const core::EntityRecord& entity : data.entities)
        if (distance.contains(entity.id))
            result.entities.push_back(entity);
    for (const core::RelationRecord& relation : data.relations)
        if (distance.contains(relation.source) && distance.contains(relation.target))
            result.relations.push_back(relation);
    return result;
}

core::Result<void> renderGraphData(const core::GraphData& data, const RenderRequest& request)
{
    QString applicationError;
    if (!ensureGuiApplication(&applicationError))
        return core::fail(core::Error::Kind::Internal, applicationError.toStdString());
    core::GraphData shown = data;
    core::EntityId focusId = 0;
    if (!request.focusName.empty()) {
        auto focused = focusSubgraph(data, request.focusName, request.hops);
        if (!focused)
            return std::unexpected(focused.error());
        shown = std::move(*focused);
        focusId = findEntity(shown, request.focusName)->id;
    }
    if (shown.entities.empty())
        return core::fail(core::Error::Kind::InvalidInput, "render: nothing to draw (the filter leaves no entities)");

    CanvasGraph graph = CanvasGraph::fromGraphData(shown);
    graph.setPositions(computeLayout(request.layout, layoutInputFor(graph, request.layout, request.seed, graph.indexOf(focusId))));

    ExportOptions options;
    options.pixelWidth = request.widthPx;
    options.widthMm = request.widthMm;
    options.dpi = request.dpi;
    options.title = QString::fromStdString(request.title);
    options.legend = request.legend;
    options.transparent = request.transparent;
    if (request.sources)
        options.sources = sourceArticles(shown);
    if (focusId != 0) {
        options.highlight.nodes.assign(graph.nodes.size(), 0);
        options.highlight.nodes[static_cast<std::size_t>(graph.indexOf(focusId))] = HighlightState::Selected;
    }
    QString error;
    if (!ImageExporter::exportImage(graph, {}, options, QString::fromStdString(request.output.string()), &error))
        return core::fail(core::Error::Kind::Io, error.toStdString());
    return {};
}

int renderGraphToFile(const RenderRequest& request, std::ostream& errors)
{
    auto store = core::GraphStore::open(request.database, core::GraphStore::OpenMode::ReadOnly);
    if (!store) {
        errors << store.error().message << '\n';
        return 1;
    }
    auto data = (*store)->loadGraph();
    if (!data) {
        errors << data.error().message << '\n';
        return 1;
    }
    const core::GraphData filtered = request.filter == core::GraphFilter{} ? *data : core::applyFilter(*data, request.filter);
    if (auto rendered = renderGraphData(filtered, request); !rendered) {
        errors << rendered.error().message << '\n';
        return 1;
    }
    return 0;
}

} // namespace newsgraph::ui
