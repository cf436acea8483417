// Rate lookups, nearest-year fallback, the article's own conversion, and file errors.
#include "graph/RateTable.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace newsgraph::core;

TEST_CASE("rates use the stated year or the nearest one", "[analysis]")
{
    RateTable table;
    table.set("JPY", 2017, 112);
    table.set("JPY", 2024, 151);
    CHECK(table.perUsd("JPY", 2017) == 112);
    CHECK(table.perUsd("JPY", 2019) == 112);
    CHECK(table.perUsd("JPY", 2022) == 151);
    CHECK(table.perUsd("JPY", 2030) == 151);
    CHECK(table.perUsd("JPY", 2000) == 112);
    CHECK(table.perUsd("JPY", 0) == 151);
    CHECK(table.perUsd("USD", 2017) == 1.0);
    CHECK_FALSE(table.perUsd("XYZ", 2017).has_value());
}

TEST_CASE("conversion prefers the article's own USD figure", "[analysis]")
{
    RateTable table;
    table.set("KRW", 2024, 1000);
    Amount won;
    won.value = 13e11;
    won.currency = "KRW";
    CHECK(table.toUsd(won, 2024) == Approx(1.3e9));
    won.convertedValue = 1e9;
    won.convertedCurrency = "USD";
    CHECK(table.toUsd(won, 2024) == Approx(1e9));
}

TEST_CASE("the shipped rate table loads and malformed lines are named", "[analysis]")
{
    auto shipped = RateTable::loadFile(std::filesystem::path(NEWSGRAPH_RESOURCES_DIR) / "rates" / "usd-rates.tsv");
    REQUIRE(shipped.has_value());
    CHECK(shipped->perUsd("KRW", 2024).value() > 1000);

    auto bad = std::filesystem::temp_directory_path() / "newsgraph-bad-rates.tsv";
    std::ofstream(bad) << "# ok\nKRW 2024 1364\nJPY nonsense\n";
    auto result = RateTable::loadFile(bad);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.find(":3:") != std::string::npos);
    std::filesystem::remove(bad);

    CHECK_FALSE(RateTable::loadFile("/nonexistent/rates.tsv").has_value());
    CHECK(yearOf("2017-08") == 2017);
    CHECK(yearOf("") == 0);
}
