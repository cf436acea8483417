// Entity search (key, prefix, substring, romanisation, initials, particles) and sentence search.
#include "StoreFixtures.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::test;

namespace {

std::vector<SearchHit> search(GraphStore& store, const std::string& query)
{
    auto hits = store.searchEntities(query);
    if (!hits)
        FAIL(hits.error().message);
    return *hits;
}

std::unique_ptr<GraphStore> populated(const TempDir& dir)
{
    auto store = openStore(dir / "g.db");
    auto a = sakanaArticle();
    auto b = openaiArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    REQUIRE(store->ingest(b.article, b.extraction));
    ArticleBuilder c("c1.txt", "hash-c1");
    auto s0 = c.sentence("사카이 시는 사카나 축제를 연다.");
    c.entity("place:sakai", "사카이", EntityType::Place);
    c.mention("place:sakai", s0, "사카이");
    REQUIRE(store->ingest(c.article, c.extraction));
    return store;
}

} // namespace

TEST_CASE("entity search: exact beats prefix beats substring", "[store][search]")
{
    TempDir dir;
    auto store = populated(dir);
    auto exact = search(*store, "사카나AI");
    REQUIRE_FALSE(exact.empty());
    CHECK(exact[0].name == "사카나AI");

    auto spaced = search(*store, "사카나 ai");
    REQUIRE_FALSE(spaced.empty());
    CHECK(spaced[0].name == "사카나AI");

    auto prefix = search(*store, "사카");
    REQUIRE(prefix.size() == 2);
    // Both are prefix matches; 사카나AI has more mentions.
    CHECK(prefix[0].name == "사카나AI");
    CHECK(prefix[1].name == "사카이");

    auto substring = search(*store, "벤처");
    REQUIRE(substring.size() == 1);
    CHECK(substring[0].name == "코슬라벤처스");
    CHECK(substring[0].type == EntityType::Investor);

    auto alias = search(*store, "openai");
    REQUIRE(alias.size() == 1);
    CHECK(alias[0].name == "오픈AI");
    CHECK(alias[0].matchedAlias == "OpenAI");

    CHECK(search(*store, "없는이름").empty());
    CHECK(search(*store, "   ").empty());
}

TEST_CASE("entity search: romanised, initial consonants and trailing particles", "[store][search]")
{
    TempDir dir;
    auto store = populated(dir);
    auto roman = search(*store, "sakana");
    REQUIRE_FALSE(roman.empty());
    CHECK(roman[0].name == "사카나AI");

    auto initials = search(*store, "ㅅㅋㄴ");
    REQUIRE_FALSE(initials.empty());
    CHECK(initials[0].name == "사카나AI");
    auto shortInitials = search(*store, "ㅋㅅㄹ");
    REQUIRE_FALSE(shortInitials.empty());
    CHECK(shortInitials[0].name == "코슬라벤처스");

    auto particle = search(*store, "오픈AI가");
    REQUIRE(particle.size() == 1);
    CHECK(particle[0].name == "오픈AI");
    auto longParticle = search(*store, "도쿄에서");
    REQUIRE(longParticle.size() == 1);
    CHECK(longParticle[0].name == "도쿄");
}

TEST_CASE("sentence search finds Korean substrings", "[store][search]")
{
    TempDir dir;
    auto store = populated(dir);
    auto hits = store->searchSentences("지사를");
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK((*hits)[0].text == "오픈AI는 도쿄에 아시아 첫 지사를 열었다.");
    CHECK((*hits)[0].sentenceIndex == 0);

    auto shortQuery = store->searchSentences("도쿄");
    REQUIRE(shortQuery);
    CHECK(shortQuery->size() == 2); // two characters: below trigram length, still found

    auto twoTerms = store->searchSentences("사카나AI 투자했다");
    REQUIRE(twoTerms);
    REQUIRE(twoTerms->size() == 1);
    CHECK((*twoTerms)[0].sentenceIndex == 1);

    auto none = store->searchSentences("\"quoted\" 없음");
    REQUIRE(none);
    CHECK(none->empty());
}
