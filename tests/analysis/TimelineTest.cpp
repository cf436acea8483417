// Event dates fall back to publication dates; "as of" keeps earlier and undated relations.
#include "SampleGraph.h"
#include "analysis/Timeline.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

TEST_CASE("event date is the stated date, else the publication date", "[analysis]")
{
    GraphData g = test::sampleGraph();
    CHECK(relationEventDate(g.relations[0], g) == "2024-06-10");
    CHECK(relationEventDate(g.relations[1], g) == "2017-08");
}

TEST_CASE("graph as of a date drops later relations only", "[analysis]")
{
    GraphData g = test::sampleGraph();
    CHECK(graphAsOf(g, "2018-12-31").relations.size() == 1);
    CHECK(graphAsOf(g, "2024-06").relations.size() == 3); // r4 is from 2024-07-01
    CHECK(graphAsOf(g, "2024-06").entities.size() == g.entities.size());
    CHECK(graphAsOf(g, "2030").relations.size() == 4);
    CHECK(timelineMonths(g) == std::vector<std::string>{"2017-08", "2024-06", "2024-07"});
}
