// Schema v2: migration from v1 files, extractor versions, batched sentence indexing, bulk ingest.
#include "RawSqlite.h"
#include "StoreFixtures.h"
#include "store/Schema.h"
#include "store/StoreText.h"

#include <catch2/catch.hpp>

using namespace newsgraph::test;
using newsgraph::core::store::isNewerVersion;

namespace {

// A file as the v1 build left it: one article and one sentence, indexed by the v1 trigger.
void writeVersion1Database(const std::filesystem::path& path)
{
    RawConnection raw(path);
    REQUIRE(raw.exec(std::string(newsgraph::core::store::migrations().at(0).sql)) == 0);
    REQUIRE(raw.exec("PRAGMA user_version = 1; PRAGMA application_id = " +
                     std::to_string(newsgraph::core::store::applicationId)) == 0);
    REQUIRE(raw.exec("INSERT INTO articles (id, file_name, content_hash, body) VALUES (1, 'a1.txt', 'hash-a1', "
                     "'옛날 추출기가 남긴 문장이다.');"
                     "INSERT INTO sentences (article, idx, begin, end, text) VALUES (1, 0, 0, 10, "
                     "'옛날 추출기가 남긴 문장이다.')") == 0);
}

std::size_t hitCount(GraphStore& store, const std::string& query)
{
    auto hits = store.searchSentences(query, 10000);
    REQUIRE(hits);
    return hits->size();
}

} // namespace

TEST_CASE("version strings compare part by part", "[store][schema]")
{
    CHECK(isNewerVersion("2", "1"));
    CHECK(isNewerVersion("1.10", "1.9"));
    CHECK(isNewerVersion("10", "9"));
    CHECK(isNewerVersion("1.2.1", "1.2"));
    CHECK(isNewerVersion("1", ""));
    CHECK_FALSE(isNewerVersion("", ""));
    CHECK_FALSE(isNewerVersion("", "1"));
    CHECK_FALSE(isNewerVersion("1.9", "1.10"));
    CHECK_FALSE(isNewerVersion("2.0", "2.0"));
    CHECK_FALSE(isNewerVersion("02", "2"));
}

TEST_CASE("a v1 database is upgraded and re-extracted only by a newer extractor", "[store][schema]")
{
    TempDir dir;
    auto path = dir / "g.db";
    writeVersion1Database(path);
    auto store = openStore(path);
    CHECK(hitCount(*store, "추출기가") == 1); // indexed under v1, still found

    auto a = sakanaArticle(); // same file name and hash as the v1 row
    auto status = store->ingest(a.article, a.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Unchanged);

    status = store->ingest(a.article, a.extraction, "2");
    REQUIRE(status);
    CHECK(*status == IngestStatus::Replaced);
    CHECK(hitCount(*store, "추출기가") == 0); // the v1 sentence left the index with its row
    CHECK(hitCount(*store, "투자했다") == 1);
    auto stats = store->stats();
    REQUIRE(stats);
    CHECK(stats->entities == 4);
    CHECK(stats->mentions == 7);

    for (const char* older : {"2", "1.9", ""}) {
        status = store->ingest(a.article, a.extraction, older);
        REQUIRE(status);
        CHECK(*status == IngestStatus::Unchanged);
    }
    auto stale = store->articlesExtractedBefore("10");
    REQUIRE(stale);
    CHECK(*stale == std::vector<std::string>{"a1.txt"});
    store->setExtractorVersion("10");
    status = store->ingest(a.article, a.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Replaced);
    CHECK(store->articlesExtractedBefore("10")->empty());

    // Reopening finds the current schema and the same rows.
    store.reset();
    auto reopened = openStore(path);
    CHECK(hitCount(*reopened, "투자했다") == 1);
}

TEST_CASE("sentence search covers both indexed and queued sentences", "[store][search]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    // Enough sentences that the queue is flushed into the trigram index at least once.
    const int articles = 90, sentences = 30;
    for (int i = 0; i < articles; ++i) {
        ArticleBuilder b("art" + std::to_string(i) + ".txt", "h" + std::to_string(i));
        for (int j = 0; j < sentences; ++j)
            b.sentence("기사" + std::to_string(i) + "의 문장" + std::to_string(j) + "에서 회사가 투자했다.");
        REQUIRE(store->ingest(b.article, b.extraction));
    }
    CHECK(hitCount(*store, "투자했다") == std::size_t(articles * sentences));
    CHECK(hitCount(*store, "기사0의") == std::size_t(sentences));
    CHECK(hitCount(*store, "기사89의") == std::size_t(sentences)); // among the last, likely still queued
    CHECK(hitCount(*store, "기사5의 문장7에서") == 1);

    // Replacing an article with changed sentences updates both the index and the queue.
    ArticleBuilder changed("art0.txt", "h0-changed");
    changed.sentence("기사0의 문장0에서 회사가 투자했다.");
    changed.sentence("완전히 새로운 문장으로 바뀌었다.");
    REQUIRE(store->ingest(changed.article, changed.extraction));
    CHECK(hitCount(*store, "기사0의") == 1);
    CHECK(hitCount(*store, "새로운") == 1);
    CHECK(hitCount(*store, "투자했다") == std::size_t((articles - 1) * sentences + 1));
}

TEST_CASE("bulk ingest commits in groups, isolates failures and holds the write lock", "[store]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    REQUIRE(store->beginBulkIngest(10));
    auto a = sakanaArticle();
    REQUIRE(store->ingest(a.article, a.extraction));

    auto bad = openaiArticle();
    bad.relation(RelationType::Funds, "lex:openai", "name:nobody", 0);
    auto failed = store->ingest(bad.article, bad.extraction);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().kind == Error::Kind::InvalidInput);

    RawConnection other(path);
    CHECK(other.exec("BEGIN IMMEDIATE") != 0); // still uncommitted: another writer must wait
    auto b = openaiArticle();
    REQUIRE(store->ingest(b.article, b.extraction));
    REQUIRE(store->endBulkIngest());

    auto stats = store->stats();
    REQUIRE(stats);
    CHECK(stats->articles == 2);
    REQUIRE(other.exec("BEGIN IMMEDIATE") == 0);
    REQUIRE(other.exec("ROLLBACK") == 0);
    CHECK(other.dump().find("b1.txt") != std::string::npos);

    // A curation edit during bulk ingest commits what came before it.
    REQUIRE(store->beginBulkIngest(10));
    auto changed = sakanaArticle("hash-a2");
    REQUIRE(store->ingest(changed.article, changed.extraction));
    REQUIRE(store->putSetting("k", "v"));
    CHECK(other.dump().find("hash-a2") != std::string::npos);
}

TEST_CASE("bulk ingest indexes its sentences at each commit, with the tuned merge setting", "[store][search]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    RawConnection raw(path);
    CHECK(raw.queryInt("SELECT v FROM sentences_fts_config WHERE k = 'automerge'") == 8);

    REQUIRE(store->beginBulkIngest(4));
    for (int i = 0; i < 6; ++i) {
        ArticleBuilder b("bulk" + std::to_string(i) + ".txt", "h" + std::to_string(i));
        b.sentence("벌크" + std::to_string(i) + " 기사에서 회사가 투자했다.");
        REQUIRE(store->ingest(b.article, b.extraction));
    }
    // Four articles committed and indexed; the last two wait, queued, in the open transaction,
    // and this connection still finds them.
    CHECK(raw.queryInt("SELECT count(*) FROM sentences") == 4);
    CHECK(raw.queryInt("SELECT count(*) FROM sentences_fts_queue") == 0);
    CHECK(hitCount(*store, "투자했다") == 6);
    REQUIRE(store->endBulkIngest());
    CHECK(raw.queryInt("SELECT count(*) FROM sentences_fts_queue") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"투자했다\"'") == 6);
    CHECK(hitCount(*store, "벌크5") == 1);
}
