// Duplicate suggestions across scripts and acronyms, and no suggestion for unrelated names.
#include "analysis/MergeSuggestions.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

namespace {
EntityRecord entity(EntityId id, const char* name, EntityType type, int mentions,
                    std::vector<std::string> aliases = {})
{
    EntityRecord e;
    e.id = id;
    e.key = name;
    e.name = name;
    e.type = type;
    e.mentions = mentions;
    e.aliases = std::move(aliases);
    return e;
}
} // namespace

TEST_CASE("name similarity is edit distance over code points", "[analysis]")
{
    CHECK(nameSimilarity("openai", "openai") == 1.0);
    CHECK(nameSimilarity("오픈AI", "오픈AI") == 1.0);
    CHECK(nameSimilarity("abcd", "abcx") == Approx(0.75));
    CHECK(nameSimilarity("", "") == 1.0);
}

TEST_CASE("duplicates across scripts and acronyms are suggested", "[analysis]")
{
    GraphData g;
    g.entities = {entity(1, "오픈AI", EntityType::Company, 9), entity(2, "OpenAI", EntityType::Company, 2),
                  entity(3, "International Business Machines", EntityType::Company, 3),
                  entity(4, "IBM", EntityType::Company, 1),
                  entity(5, "도쿄", EntityType::Place, 5), entity(6, "소니", EntityType::Company, 4)};
    auto suggestions = suggestMerges(g);
    auto has = [&](EntityId keep, EntityId merge) {
        return std::any_of(suggestions.begin(), suggestions.end(),
                           [&](const MergeSuggestion& s) { return s.keep == keep && s.merge == merge; });
    };
    CHECK(has(1, 2));
    CHECK(has(3, 4));
    for (const auto& s : suggestions) {
        CHECK(s.keep != 5);
        CHECK(s.merge != 6);
        CHECK_FALSE(s.reason.empty());
    }
}
