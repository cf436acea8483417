// The shared command-line parser: options, flags, positionals and the usage errors it reports.
#include "ArgumentParser.h"

#include <catch2/catch.hpp>

using namespace newsgraph::cli;
namespace core = newsgraph::core;

namespace {

ArgumentParser sampleParser()
{
    ArgumentParser parser("demo", "A demo command.", "--db FILE [options] PATH...");
    parser.option("--db", "FILE", "database", true)
        .option("--limit", "N", "limit")
        .flag("--quiet", "no progress")
        .positionals("PATH...", 1, 3, "inputs");
    return parser;
}

core::Result<ParsedArguments> parse(std::vector<std::string> args)
{
    return sampleParser().parse(args);
}

} // namespace

TEST_CASE("options, flags and positionals are recognised in any order", "[cli]")
{
    const auto parsed = parse({"a.txt", "--db", "x.db", "--quiet", "--limit=7", "b.txt"});
    REQUIRE(parsed.has_value());
    CHECK(parsed->value("--db") == "x.db");
    CHECK(parsed->has("--quiet"));
    CHECK_FALSE(parsed->has("--missing"));
    CHECK(parsed->integer("--limit", 0, 1, 10) == 7);
    CHECK(parsed->positionals() == std::vector<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("a double dash ends the options so paths may start with a dash", "[cli]")
{
    const auto parsed = parse({"--db", "x.db", "--", "--odd-name.txt"});
    REQUIRE(parsed.has_value());
    CHECK(parsed->positionals() == std::vector<std::string>{"--odd-name.txt"});
}

TEST_CASE("usage errors name the problem", "[cli]")
{
    const auto message = [](std::vector<std::string> args) {
        const auto parsed = parse(std::move(args));
        return parsed ? std::string() : parsed.error().message;
    };
    CHECK(message({"--db", "x.db", "--frob", "a"}) == "unknown option '--frob'");
    CHECK(message({"a"}) == "missing required option '--db'");
    CHECK(message({"--db", "x.db"}) == "missing PATH...");
    CHECK(message({"--db", "x.db", "a", "b", "c", "d"}) == "unexpected argument 'd'");
    CHECK(message({"--db"}) == "option '--db' needs a value (FILE)");
    CHECK(message({"--db", "x.db", "--quiet=yes", "a"}) == "option '--quiet' takes no value");
}

TEST_CASE("--help is honoured unless an earlier argument is already wrong", "[cli]")
{
    const auto parsed = parse({"--frob", "--help"});
    REQUIRE_FALSE(parsed.has_value()); // --frob comes first and is reported
    const auto help = parse({"--help", "--frob"});
    REQUIRE(help.has_value());
    CHECK(help->helpRequested());
    const std::string text = sampleParser().helpText();
    CHECK(text.rfind("usage: newsgraph-cli demo --db FILE", 0) == 0);
    CHECK(text.find("--limit N") != std::string::npos);
}

TEST_CASE("numeric options are checked", "[cli]")
{
    const auto parsed = parse({"--db", "x", "--limit", "12abc", "a"});
    REQUIRE(parsed.has_value());
    CHECK_FALSE(parsed->integer("--limit", 0, 0, 100).has_value());
    const auto big = parse({"--db", "x", "--limit", "1000", "a"});
    CHECK_FALSE(big->integer("--limit", 0, 0, 100).has_value());
    CHECK(big->integer("--other", 5, 0, 100) == 5);
}

TEST_CASE("comma lists are split and trimmed", "[cli]")
{
    CHECK(splitList("company, person,,investor ") == std::vector<std::string>{"company", "person", "investor"});
    CHECK(splitList("").empty());
}
