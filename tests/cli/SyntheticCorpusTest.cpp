// The benchmark generator: deterministic, sized like news articles, valid UTF-8, varied.
#include "bench/SyntheticCorpus.h"

#include "io/Utf8Repair.h"

#include <catch2/catch.hpp>

#include <set>

using namespace newsgraph;

TEST_CASE("synthetic articles are deterministic and differ between indices", "[cli][bench]")
{
    CHECK(cli::syntheticArticle(7) == cli::syntheticArticle(7));
    CHECK(cli::syntheticArticle(7, 2) != cli::syntheticArticle(7, 1));
    std::set<std::string> titles;
    for (std::size_t i = 0; i < 50; ++i) {
        const std::string text = cli::syntheticArticle(i);
        titles.insert(text.substr(0, text.find('\n')));
    }
    CHECK(titles.size() > 40);
}

TEST_CASE("synthetic articles look like news: size, byline, valid UTF-8", "[cli][bench]")
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < 200; ++i) {
        const std::string text = cli::syntheticArticle(i);
        INFO("article " << i);
        CHECK(text.size() > 1200);
        CHECK(text.size() < 5000);
        CHECK(core::repairUtf8(text) == text);
        CHECK(text.find(" 기자 ") != std::string::npos);
        CHECK(text.find("Copyright ©") != std::string::npos);
        total += text.size();
    }
    CHECK(total / 200 > 2000); // about 2-4 KB on average
}

TEST_CASE("Korean particles agree with the preceding syllable", "[cli][bench]")
{
    for (std::size_t i = 0; i < 200; ++i) {
        const std::string text = cli::syntheticArticle(i);
        INFO(text);
        CHECK(text.find("원를") == std::string::npos);
        CHECK(text.find("러을") == std::string::npos);
        CHECK(text.find("원로 ") == std::string::npos);
    }
}
