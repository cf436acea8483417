// Bulk ingest (write cache, multi-row inserts) stores exactly what article-at-a-time ingest stores,
// and bodies kept as sentence gaps (schema v3) come back byte for byte.
#include "RawSqlite.h"
#include "StoreFixtures.h"
#include "store/BodyLayout.h"

#include <catch2/catch.hpp>

using namespace newsgraph::test;
using newsgraph::core::store::bodyFromGaps;
using newsgraph::core::store::bodyGaps;

namespace {

// An article naming sakana's entities again: a higher confidence, the lexicon now knowing
// 코슬라벤처스, a relation and aliases that are already stored.
ArticleBuilder followUpArticle()
{
    ArticleBuilder b("c1.txt", "hash-c1");
    auto s0 = b.sentence("코슬라벤처스는 사카나AI에 다시 투자했다.");
    b.entity("name:사카나ai", "사카나AI", EntityType::Company, {"Sakana AI"});
    b.extraction.entities.back().confidence = 0.95;
    b.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor, {}, EntitySource::Lexicon);
    b.mention("name:사카나ai", s0, "사카나AI");
    b.mention("name:코슬라벤처스", s0, "코슬라벤처스");
    b.relation(RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나ai", s0).trigger = "투자";
    return b;
}

// Brings in a new entity, then fails on a relation to a key it never extracted.
ArticleBuilder failingArticle()
{
    ArticleBuilder b("x1.txt", "hash-x1");
    auto s0 = b.sentence("리벨리온은 사카나AI와 협력한다.");
    b.entity("name:리벨리온", "리벨리온", EntityType::Company);
    b.entity("name:사카나ai", "사카나AI", EntityType::Company);
    b.mention("name:리벨리온", s0, "리벨리온");
    b.relation(RelationType::PartnersWith, "name:리벨리온", "name:사카나ai", s0);
    b.relation(RelationType::Funds, "name:리벨리온", "name:nobody", s0);
    return b;
}

// The same new entity as the failing article: its rolled-back id must not be reused.
ArticleBuilder rebellionsArticle()
{
    ArticleBuilder b("d1.txt", "hash-d1");
    auto s0 = b.sentence("리벨리온은 사카나AI와 협력한다.");
    b.entity("name:리벨리온", "리벨리온", EntityType::Company);
    b.entity("name:사카나ai", "사카나AI", EntityType::Company);
    b.mention("name:리벨리온", s0, "리벨리온");
    b.mention("name:사카나ai", s0, "사카나AI");
    b.relation(RelationType::PartnersWith, "name:리벨리온", "name:사카나ai", s0);
    return b;
}

// Replaces a1.txt without 도쿄 and 엔비디아: garbage collection deletes rows the cache knew.
ArticleBuilder sakanaReplacement()
{
    ArticleBuilder b("a1.txt", "hash-a2");
    auto s0 = b.sentence("사카나AI는 코슬라벤처스의 투자를 받았다.");
    b.entity("name:사카나ai", "사카나AI", EntityType::Company);
    b.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor);
    b.mention("name:사카나ai", s0, "사카나AI");
    b.mention("name:코슬라벤처스", s0, "코슬라벤처스");
    b.relation(RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나ai", s0);
    return b;
}

// After the replacement: 엔비디아 comes back under a new id, its partnership with it.
ArticleBuilder nvidiaArticle()
{
    ArticleBuilder b("e1.txt", "hash-e1");
    auto s0 = b.sentence("엔비디아는 사카나AI와 협력하고 있다.");
    b.entity("lex:nvidia", "엔비디아", EntityType::Company, {"NVIDIA"}, EntitySource::Lexicon);
    b.entity("name:사카나ai", "사카나AI", EntityType::Company);
    b.mention("lex:nvidia", s0, "엔비디아");
    b.mention("name:사카나ai", s0, "사카나AI");
    b.relation(RelationType::PartnersWith, "lex:nvidia", "name:사카나ai", s0);
    return b;
}

std::vector<ArticleBuilder> mixedSequence()
{
    std::vector<ArticleBuilder> articles{sakanaArticle(),     openaiArticle(),      followUpArticle(),
                                         failingArticle(),    rebellionsArticle(),  sakanaReplacement(),
                                         nvidiaArticle()};
    // Many mentions and relations in one article: more rows than one multi-row statement holds.
    ArticleBuilder many("f1.txt", "hash-f1");
    many.entity("name:사카나ai", "사카나AI", EntityType::Company);
    many.entity("lex:openai", "오픈AI", EntityType::Company, {"OpenAI"}, EntitySource::Lexicon);
    for (int i = 0; i < 75; ++i) {
        auto s = many.sentence("문장" + std::to_string(i) + ": 사카나AI와 오픈AI가 경쟁한다.");
        many.mention("name:사카나ai", s, "사카나AI");
        many.mention("lex:openai", s, "오픈AI");
        many.relation(RelationType::CompetesWith, "name:사카나ai", "lex:openai", s).trigger = "경쟁";
    }
    articles.push_back(std::move(many));
    return articles;
}

std::string ingestAndDump(const std::filesystem::path& path, bool bulk)
{
    auto store = openStore(path);
    if (bulk)
        REQUIRE(store->beginBulkIngest(100));
    for (const auto& a : mixedSequence()) {
        const auto status = store->ingest(a.article, a.extraction);
        CHECK(bool(status) == (a.article.fileName != "x1.txt"));
    }
    if (bulk)
        REQUIRE(store->endBulkIngest());
    store.reset();
    return RawConnection(path).dump();
}

} // namespace

TEST_CASE("bulk ingest stores the same rows as one transaction per article", "[store][bulk]")
{
    TempDir dir;
    const std::string single = ingestAndDump(dir / "single.db", false);
    const std::string bulk = ingestAndDump(dir / "bulk.db", true);
    CHECK(single.find("리벨리온") != std::string::npos);
    CHECK(single.find("x1.txt") == std::string::npos);
    CHECK(bulk == single);
}

TEST_CASE("a body is stored as the gaps between its sentences when they tile it", "[store][schema]")
{
    std::vector<Sentence> sentences{{0, 2, 7, "첫 문장", SentenceKind::Headline}, {1, 9, 12, "둘.", SentenceKind::Body}};
    // "첫 문장" is 10 bytes, not 5: offsets are bytes, so this layout does not tile the body.
    CHECK_FALSE(bodyGaps("  첫 문장\n\n둘.\n", sentences));

    const std::string body = "\n 첫 문장.\n\n두 번째 문장.  \n";
    sentences = {{0, 2, 13, "첫 문장.", SentenceKind::Headline}, {1, 15, 33, "두 번째 문장.", SentenceKind::Body}};
    const auto gaps = bodyGaps(body, sentences);
    REQUIRE(gaps);
    CHECK(*gaps == "\n \n\n  \n");
    CHECK(bodyFromGaps(*gaps, sentences) == body);

    auto reordered = sentences;
    std::swap(reordered[0].index, reordered[1].index);
    CHECK_FALSE(bodyGaps(body, reordered)); // stored rows come back in index order
    auto changed = sentences;
    changed[1].text = "두 번째 문장!";
    CHECK_FALSE(bodyGaps(body, changed));
    CHECK(bodyGaps("", {}) == std::string());
}

TEST_CASE("stored bodies come back exactly, whether kept whole or as gaps", "[store][schema]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);

    auto tiled = sakanaArticle();
    tiled.article.body = "  " + tiled.article.body + "\n\n";
    for (auto& s : tiled.article.sentences) {
        s.begin += 2;
        s.end += 2;
    }
    for (auto& m : tiled.extraction.mentions) {
        m.begin += 2;
        m.end += 2;
    }
    REQUIRE(store->ingest(tiled.article, tiled.extraction));

    auto loose = openaiArticle(); // a sentence whose text is not the body's own: kept whole
    loose.article.sentences[1].text = "샘 올트먼이 방문했다.";
    REQUIRE(store->ingest(loose.article, loose.extraction));

    RawConnection raw(path);
    CHECK(raw.queryInt("PRAGMA user_version") >= 3);
    CHECK(raw.queryInt("SELECT length(body) FROM articles WHERE file_name = 'a1.txt'") == 0);
    CHECK(raw.queryInt("SELECT length(body_gaps) FROM articles WHERE file_name = 'a1.txt'") == 6);
    CHECK(raw.queryInt("SELECT body_gaps IS NULL FROM articles WHERE file_name = 'b1.txt'") == 1);

    for (const auto* expected : {&tiled.article, &loose.article}) {
        const auto id = raw.queryInt("SELECT id FROM articles WHERE file_name = '" + expected->fileName + "'");
        auto stored = store->loadArticle(id);
        REQUIRE(stored);
        CHECK(stored->body == expected->body);
    }
}
