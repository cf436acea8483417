// Flows table rows and per-entity totals that do not double count repeated reports.
#include "SampleGraph.h"
#include "analysis/MoneyFlows.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

TEST_CASE("money flows list each relation's distinct amounts", "[analysis]")
{
    RateTable rates;
    rates.set("JPY", 2017, 112);
    auto flows = moneyFlows(test::sampleGraph(), rates);
    REQUIRE(flows.size() == 3); // r1 (one distinct amount from two articles), r2, r3 without amount
    CHECK(flows[0].relation == 1);
    CHECK(flows[0].sources == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK(flows[0].usd == Approx(1e8));
    CHECK(flows[0].date == "2024-06-10");
    CHECK(flows[1].relation == 2);
    CHECK(flows[1].usd == Approx(105e8 / 112));
    CHECK(flows[1].date == "2017-08");
    CHECK(flows[2].relation == 3);
    CHECK_FALSE(flows[2].amount.has_value());
    CHECK(flows[2].type == RelationType::Funds);
}

TEST_CASE("money totals count a relation once", "[analysis]")
{
    RateTable rates;
    rates.set("JPY", 2017, 100);
    auto totals = moneyTotals(moneyFlows(test::sampleGraph(), rates));
    CHECK(totals[1].outUsd == Approx(1e8));
    CHECK(totals[1].flowsOut == 2);
    CHECK(totals[2].inUsd == Approx(1e8));
    CHECK(totals[4].inUsd == Approx(1.05e8));
    CHECK(totals[5].flowsIn == 1);
    CHECK(totals[5].inUsd == 0);
}
