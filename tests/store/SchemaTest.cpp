// The migration list stays well-formed as versions are appended.
#include "store/Schema.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core::store;

TEST_CASE("migrations start at 1 and increase by one", "[store][schema]")
{
    const auto& list = migrations();
    REQUIRE_FALSE(list.empty());
    for (std::size_t i = 0; i < list.size(); ++i) {
        CHECK(list[i].version == static_cast<int>(i) + 1);
        CHECK_FALSE(list[i].sql.empty());
    }
    CHECK(latestSchemaVersion() == list.back().version);
}
