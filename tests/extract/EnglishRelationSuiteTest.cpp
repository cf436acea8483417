// Scores the extractor on the English relation suite (tests/fixtures/relations-en): precision and recall per
// type.
#include "../relations/RelationSuite.h"

#include <catch2/catch.hpp>
#include <iostream>

using namespace newsgraph::core;

TEST_CASE("English relation suite: precision and recall per type", "[english][relations][quality]")
{
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    const auto sentences = test::loadSuite(std::filesystem::path(NEWSGRAPH_FIXTURES_DIR) / "relations-en");
    REQUIRE(sentences.size() >= 120);

    const test::SuiteResult result = test::scoreSuite(**extractor, sentences);
    std::cout << "English relation suite (" << sentences.size() << " sentences)\n"
              << test::formatScores(result);
    for (const auto& miss : result.misses)
        std::cout << "  " << miss << '\n';
    for (const auto& extra : result.falseAlarms)
        std::cout << "  " << extra << '\n';

    // Floors a little under the figures measured when the suite was written (2026-11-23: precision 0.98,
    // recall 0.96, amounts 26/26): a regression fails here, small trade-offs between types do not.
    CHECK(result.total.precision() >= 0.93);
    CHECK(result.total.recall() >= 0.90);
    CHECK(result.total.amountsRight >= 24);
}

TEST_CASE("English held-out set: how the rules generalise", "[english][relations][quality][heldout]")
{
    auto extractor = Extractor::create(NEWSGRAPH_RESOURCES_DIR);
    REQUIRE(extractor.has_value());
    const auto sentences =
        test::loadSuite(std::filesystem::path(NEWSGRAPH_FIXTURES_DIR) / "relations-en-heldout");
    REQUIRE(sentences.size() >= 35);

    const test::SuiteResult result = test::scoreSuite(**extractor, sentences);
    std::cout << "English held-out set (" << sentences.size() << " sentences)\n"
              << test::formatScores(result);
    for (const auto& miss : result.misses)
        std::cout << "  " << miss << '\n';
    for (const auto& extra : result.falseAlarms)
        std::cout << "  " << extra << '\n';

    // Scored once when written (2026-11-23: precision 0.89, recall 0.69) and not tuned on since: floors
    // under those figures catch a loss of generality without rewarding rules fitted to these sentences.
    CHECK(result.total.precision() >= 0.82);
    CHECK(result.total.recall() >= 0.60);
}
