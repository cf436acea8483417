// CanvasCatalogue: a filtered view assembled from the stored graph's catalogue draws exactly what
// CanvasGraph::fromGraphData draws, including relations whose evidence the filter trimmed.
#include <catch2/catch.hpp>

#include "canvas/CanvasCatalogue.h"
#include "canvas/CanvasGraph.h"
#include "canvas/SyntheticGraph.h"
#include "graph/GraphFilter.h"

#include <memory>

using namespace newsgraph;
using namespace newsgraph::ui;

namespace {

void requireSameCanvas(const CanvasGraph& a, const CanvasGraph& b)
{
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].id == b.nodes[i].id);
        CHECK(a.nodes[i].label == b.nodes[i].label);
        CHECK(a.nodes[i].type == b.nodes[i].type);
        CHECK(a.nodes[i].sizeValue == b.nodes[i].sizeValue);
    }
    REQUIRE(a.edges.size() == b.edges.size());
    for (std::size_t e = 0; e < a.edges.size(); ++e) {
        const CanvasEdge& x = a.edges[e];
        const CanvasEdge& y = b.edges[e];
        CHECK(x.id == y.id);
        CHECK(x.source == y.source);
        CHECK(x.target == y.target);
        CHECK(x.type == y.type);
        CHECK(x.directed == y.directed);
        CHECK(x.evidenceCount == y.evidenceCount);
        CHECK(x.amount == y.amount);
        CHECK(x.parallelIndex == y.parallelIndex);
        CHECK(x.parallelCount == y.parallelCount);
    }
}

} // namespace

TEST_CASE("CanvasCatalogue assembles filtered views as fromGraphData builds them", "[canvas][catalogue]")
{
    const auto stored = std::make_shared<const core::GraphData>(makeSyntheticGraphData(300, 900, 4));
    const CanvasCatalogue catalogue(stored);
    REQUIRE(catalogue.stored() == stored.get());

    SECTION("the stored graph itself")
    {
        auto assembled = catalogue.assemble(*stored);
        REQUIRE(assembled);
        requireSameCanvas(*assembled, CanvasGraph::fromGraphData(*stored));
    }
    SECTION("entity types, relation types and degree")
    {
        core::GraphFilter filter;
        filter.entityTypes = {core::EntityType::Company, core::EntityType::Investor, core::EntityType::Person};
        filter.minDegree = 2;
        const core::GraphData shown = core::applyFilter(*stored, filter);
        REQUIRE(shown.entities.size() < stored->entities.size());
        REQUIRE_FALSE(shown.relations.empty());
        auto assembled = catalogue.assemble(shown);
        REQUIRE(assembled);
        requireSameCanvas(*assembled, CanvasGraph::fromGraphData(shown));
    }
    SECTION("an article filter trims evidence: counts and amounts follow what is shown")
    {
        core::GraphFilter filter;
        filter.outlets = {"매일경제"};
        const core::GraphData shown = core::applyFilter(*stored, filter);
        bool trimmed = false;
        for (const auto& relation : shown.relations)
            for (const auto& original : stored->relations)
                if (original.id == relation.id && original.evidence.size() > relation.evidence.size())
                    trimmed = true;
        REQUIRE(trimmed);
        auto assembled = catalogue.assemble(shown);
        REQUIRE(assembled);
        requireSameCanvas(*assembled, CanvasGraph::fromGraphData(shown));
    }
}

TEST_CASE("CanvasCatalogue refuses a graph that is not part of its stored graph", "[canvas][catalogue]")
{
    const auto stored = std::make_shared<const core::GraphData>(makeSyntheticGraphData(40, 80, 2));
    const CanvasCatalogue catalogue(stored);

    core::GraphData other = *stored;
    core::EntityRecord stranger;
    stranger.id = stored->entities.back().id + 1000;
    stranger.name = "낯선기업";
    other.entities.push_back(stranger);
    CHECK_FALSE(catalogue.assemble(other));

    core::GraphData unknownRelation = *stored;
    unknownRelation.relations.back().id += 1000;
    CHECK_FALSE(catalogue.assemble(unknownRelation));

    CHECK_FALSE(CanvasCatalogue().assemble(*stored));
}
