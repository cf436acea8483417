// Added/removed entities and relations, changed amounts, new corroborating outlets.
#include "SampleGraph.h"
#include "analysis/GraphDiff.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

TEST_CASE("identical graphs have no differences", "[analysis]")
{
    CHECK(diffGraphs(test::sampleGraph(), test::sampleGraph()).empty());
}

TEST_CASE("differences are found by stable keys", "[analysis]")
{
    GraphData before = test::sampleGraph();
    GraphData after = test::sampleGraph();
    // Ids differ between databases: shift them, keys stay.
    for (auto& e : after.entities)
        e.id += 100;
    for (auto& r : after.relations) {
        r.source += 100;
        r.target += 100;
    }
    after.entities.push_back({}); // a new entity
    after.entities.back().id = 200;
    after.entities.back().key = "new";
    after.entities.back().name = "새 회사";
    after.relations.erase(after.relations.begin() + 2); // funds removed
    after.relations[1].evidence[0].amount->value = 110e8; // amount changed
    after.relations[0].evidence.push_back(test::evidence(3, "c.txt", std::nullopt)); // 동아일보 now states r1 too

    GraphDiff diff = diffGraphs(before, after);
    REQUIRE(diff.addedEntities.size() == 1);
    CHECK(diff.addedEntities[0].key == "new");
    CHECK(diff.removedEntities.empty());
    REQUIRE(diff.removedRelations.size() == 1);
    CHECK(diff.removedRelations[0].key.type == RelationType::Funds);
    REQUIRE(diff.changedAmounts.size() == 1);
    CHECK(diff.changedAmounts[0].before[0].value == 105e8);
    CHECK(diff.changedAmounts[0].after[0].value == 110e8);
    REQUIRE(diff.newCorroboration.size() == 1);
    CHECK(diff.newCorroboration[0].newOutlets == std::vector<std::string>{"동아일보"});
}
