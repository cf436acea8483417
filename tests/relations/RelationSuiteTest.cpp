// Runs the extractor over the relation suite and prints precision and recall per relation type.
#include "RelationSuite.h"

#include <catch2/catch.hpp>

#include <iostream>

using namespace newsgraph::core;

TEST_CASE("relation suite: precision and recall per type", "[relations][quality]")
{
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    auto sentences = test::loadSuite(std::filesystem::path(NEWSGRAPH_FIXTURES_DIR) / "relations");
    REQUIRE(sentences.size() >= 280);

    test::SuiteResult result = test::scoreSuite(**extractor, sentences);
    std::cout << test::formatScores(result);
    for (const auto& miss : result.misses)
        std::cout << "  " << miss << '\n';
    for (const auto& extra : result.falseAlarms)
        std::cout << "  " << extra << '\n';

    // The targets are precision 0.85 and recall 0.70 over all types. Precision is held to
    // its target; recall to a floor a little under the 0.83 measured after the generalisation rules
    // (2026-11), so that a regression fails here while small trade-offs between types do not. This
    // suite tuned the rules; tests/relations/RelationHeldoutTest.cpp measures how they generalise.
    CHECK(result.total.precision() >= 0.85);
    CHECK(result.total.recall() >= 0.78);
}
