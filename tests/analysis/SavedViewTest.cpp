// Saved views survive a round trip through their text form; malformed text is refused.
#include "analysis/SavedView.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

TEST_CASE("a saved view round-trips through text", "[analysis]")
{
    SavedView view;
    view.name = "일본 투자";
    view.layout = "force";
    view.sizeMeasure = "pagerank";
    view.zoom = 1.5;
    view.viewportCentre = {12.5, -3};
    view.selection = {3, 7};
    view.filter.entityTypes = {EntityType::Company, EntityType::Investor};
    view.filter.relationTypes = {RelationType::InvestsIn};
    view.filter.articles = {1, 2};
    view.filter.outlets = {"매일경제"};
    view.filter.dateFrom = "2017-01";
    view.filter.minAmountUsd = 1e6;
    view.filter.minMentions = 2;
    view.filter.hideIsolated = true;
    view.filter.verifiedOnly = true;
    view.positions = {{3, {1.25, 2.5}}, {7, {-4, 8}}};

    auto parsed = parseView(serializeView(view));
    REQUIRE(parsed.has_value());
    CHECK(*parsed == view);
    CHECK(viewSettingKey("a") == "view:a");
}

TEST_CASE("malformed saved views are refused with the line", "[analysis]")
{
    auto noEquals = parseView("name=x\nnonsense\n");
    REQUIRE_FALSE(noEquals.has_value());
    CHECK(noEquals.error().message.find("line 2") != std::string::npos);
    CHECK_FALSE(parseView("pos=1,2\n").has_value());
    CHECK(parseView("future_key=1\nname=v\n").value().name == "v");
}
