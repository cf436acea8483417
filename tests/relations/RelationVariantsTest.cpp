// Relation phrasings beyond the suite: each fact in tests/fixtures/relation-variants must be found, nothing else.
#include "RelationSuite.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <set>

using namespace newsgraph::core;

TEST_CASE("relation variants: other ways news states each relation", "[relations][variants]")
{
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    auto sentences = test::loadSuite(std::filesystem::path(NEWSGRAPH_FIXTURES_DIR) / "relation-variants");
    REQUIRE(sentences.size() >= 75);

    // At least five sentences for every relation type.
    std::map<RelationType, int> perType;
    for (const auto& s : sentences)
        for (const auto& f : s.facts) ++perType[f.type];
    for (RelationType type : {RelationType::InvestsIn, RelationType::Funds, RelationType::Founded, RelationType::WorksFor,
                              RelationType::PartOf, RelationType::SpunOffFrom, RelationType::Acquires, RelationType::LocatedIn,
                              RelationType::OfficeIn, RelationType::Supports, RelationType::PartnersWith,
                              RelationType::CompetesWith, RelationType::Develops, RelationType::Uses, RelationType::ShareholderOf}) {
        INFO(toString(type));
        CHECK(perType[type] >= 5);
    }

    const test::SuiteResult result = test::scoreSuite(**extractor, sentences);
    std::cout << test::formatScores(result);
    for (const auto& miss : result.misses) {
        INFO(miss);
        CHECK(false);
    }
    for (const auto& extra : result.falseAlarms) {
        INFO(extra);
        CHECK(false);
    }
}
