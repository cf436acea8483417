// Schema v4: migration from v3 files, batched alias indexing, relation rows written per article.
#include "RawSqlite.h"
#include "StoreFixtures.h"
#include "store/Schema.h"

#include <catch2/catch.hpp>

#include <set>

using namespace newsgraph::test;

namespace {

// A file as the v3 build left it: sentences indexed and queued, an alias indexed by the v1
// trigger, a relation with evidence.
void writeVersion3Database(const std::filesystem::path& path)
{
    RawConnection raw(path);
    for (const auto& migration : newsgraph::core::store::migrations())
        if (migration.version <= 3)
            REQUIRE(raw.exec(std::string(migration.sql)) == 0);
    REQUIRE(raw.exec("PRAGMA user_version = 3; PRAGMA application_id = " +
                     std::to_string(newsgraph::core::store::applicationId)) == 0);
    const char* rows[] = {
        "INSERT INTO articles (id, file_name, content_hash, body) VALUES (1, 'old.txt', 'hash-old', "
        "'옛 기사에서 카카오벤처스가 투자했다. 두 번째 문장은 큐에 남았다.')",
        "INSERT INTO sentences (article, idx, begin, end, text) VALUES (1, 0, 0, 10, "
        "'옛 기사에서 카카오벤처스가 투자했다.')",
        "INSERT INTO sentences_fts(rowid, text) SELECT s.id, s.text FROM sentences_fts_queue q "
        "JOIN sentences s ON s.id = q.id",
        "DELETE FROM sentences_fts_queue",
        "INSERT INTO sentences (article, idx, begin, end, text) VALUES (1, 1, 11, 20, '두 번째 문장은 큐에 남았다.')",
        "INSERT INTO entities (id, key, name, type) VALUES (1, 'name:카카오벤처스', '카카오벤처스', 'investor'), "
        "(2, 'name:옛회사', '옛회사', 'company')",
        "INSERT INTO entity_keys (key, entity) VALUES ('name:카카오벤처스', 1), ('name:옛회사', 2)",
        "INSERT INTO aliases (entity, alias, alias_key) VALUES (1, '카카오벤처스', '카카오벤처스'), "
        "(2, '옛회사', '옛회사')",
        "INSERT INTO mentions (article, entity, sentence, begin, end, surface) VALUES "
        "(1, 1, 0, 6, 12, '카카오벤처스'), (1, 2, 0, 0, 3, '옛회사')",
        "INSERT INTO relations (id, type, source, target) VALUES (7, 'invests_in', 1, 2)",
        "INSERT INTO evidence (relation, article, sentence, trigger) VALUES (7, 1, 0, '투자')",
    };
    for (const char* row : rows)
        REQUIRE(raw.exec(row) == 0);
    REQUIRE(raw.queryInt("SELECT count(*) FROM sentences_fts_queue") == 1);
}

std::size_t sentenceHits(GraphStore& store, const std::string& query)
{
    auto hits = store.searchSentences(query, 10000);
    REQUIRE(hits);
    return hits->size();
}

std::set<std::pair<EntityId, std::string>> entityHits(GraphStore& store, const std::string& query)
{
    auto hits = store.searchEntities(query, 50);
    REQUIRE(hits);
    std::set<std::pair<EntityId, std::string>> found;
    for (const auto& hit : *hits)
        found.emplace(hit.entity, hit.matchedAlias);
    return found;
}

} // namespace

TEST_CASE("a v3 database is upgraded to v4 with both trigram indexes rebuilt", "[store][schema]")
{
    TempDir dir;
    auto path = dir / "g.db";
    writeVersion3Database(path);
    auto store = openStore(path);

    RawConnection raw(path);
    CHECK(raw.queryInt("PRAGMA user_version") == newsgraph::core::store::latestSchemaVersion());
    CHECK(raw.queryInt("PRAGMA user_version") >= 4);
    CHECK(raw.queryInt("SELECT count(*) FROM sentences_fts_queue") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM aliases_fts_queue") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'sentences_fts_docsize'") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"큐에 남았다\"'") ==
          1);
    CHECK(raw.queryInt("SELECT v FROM sentences_fts_config WHERE k = 'automerge'") == 8);
    CHECK(raw.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')") == 0);
    CHECK(raw.exec("INSERT INTO aliases_fts(aliases_fts) VALUES ('integrity-check')") == 0);
    // Relations rebuilt: unique by (source, target, type), no separate source index, evidence kept.
    CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'relations_source'") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'relations_target'") == 1);
    CHECK(raw.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'relations' "
                       "AND sql LIKE '%UNIQUE (source, target, type)%'") == 1);
    CHECK(raw.queryInt("SELECT count(*) FROM evidence WHERE relation = 7") == 1);
    CHECK(raw.queryInt("SELECT count(*) FROM pragma_foreign_key_check") == 0);

    CHECK(sentenceHits(*store, "카카오벤처스가") == 1); // indexed under v3
    CHECK(sentenceHits(*store, "큐에 남았다") == 1);    // queued under v3
    CHECK(entityHits(*store, "카카오벤처스").count({1, "카카오벤처스"}) == 1);
    auto graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->relations.size() == 1);
    CHECK(graph->relations[0].id == 7);
    REQUIRE(graph->relations[0].evidence.size() == 1);
    CHECK(graph->relations[0].evidence[0].sentence == "옛 기사에서 카카오벤처스가 투자했다.");

    // New rows after the upgrade: the next relation id follows the largest stored one.
    auto a = sakanaArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->relations.size() == 4);
    CHECK(graph->relations[1].id == 8);
    CHECK(graph->relations[3].id == 10);
    CHECK(sentenceHits(*store, "투자했다") == 2);
    CHECK_FALSE(entityHits(*store, "사카나").empty());

    // Removing the old article takes its sentences and aliases out of both indexes.
    auto changed = sakanaArticle("hash-a2");
    REQUIRE(store->ingest(changed.article, changed.extraction));
    CHECK(raw.exec("PRAGMA foreign_keys = ON; DELETE FROM articles WHERE id = 1") == 0);
    CHECK(raw.exec("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')") == 0);
    CHECK(sentenceHits(*store, "큐에 남았다") == 0);
}

TEST_CASE("the migration to v4 leaves foreign keys enforced", "[store][schema]")
{
    TempDir dir;
    auto path = dir / "g.db";
    writeVersion3Database(path);
    newsgraph::core::store::Database db(path, newsgraph::core::store::Database::Mode::ReadWrite);
    newsgraph::core::store::prepareSchema(db, newsgraph::core::store::Database::Mode::ReadWrite);
    CHECK(db.queryInt("PRAGMA user_version") == newsgraph::core::store::latestSchemaVersion());
    CHECK(db.queryInt("PRAGMA foreign_keys") == 1);
    // Deleting an entity takes its relation and that relation's evidence with it, by cascade.
    db.exec("DELETE FROM entities WHERE id = 2");
    CHECK(db.queryInt("SELECT count(*) FROM relations") == 0);
    CHECK(db.queryInt("SELECT count(*) FROM evidence") == 0);
}

TEST_CASE("entity search finds queued and indexed aliases alike", "[store][search]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    auto a = sakanaArticle();
    auto b = openaiArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    REQUIRE(store->ingest(b.article, b.extraction));

    RawConnection raw(path);
    REQUIRE(raw.queryInt("SELECT count(*) FROM aliases_fts_queue") > 0); // a few aliases: still queued
    const std::vector<std::string> queries{"사카나", "사카나AI", "sakana", "코슬라벤처스", "오픈AI",
                                           "openai", "ㅅㅋㄴ", "NVIDIA", "샘 올트먼"};
    std::vector<std::set<std::pair<EntityId, std::string>>> queued;
    for (const auto& q : queries) {
        queued.push_back(entityHits(*store, q));
        CHECK_FALSE(queued.back().empty());
    }

    // A bulk commit indexes the queue; every query returns the same hits from the index.
    REQUIRE(store->beginBulkIngest());
    auto c = openaiArticle("hash-b2");
    REQUIRE(store->ingest(c.article, c.extraction));
    REQUIRE(store->endBulkIngest());
    CHECK(raw.queryInt("SELECT count(*) FROM aliases_fts_queue") == 0);
    CHECK(raw.queryInt("SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH '\"사카나\"'") > 0);
    for (std::size_t i = 0; i < queries.size(); ++i)
        CHECK(entityHits(*store, queries[i]) == queued[i]);
}

TEST_CASE("relation rows get the ids one insert per relation would give, in bulk or not", "[store]")
{
    // One article naming many pairs (more than one statement's worth), repeats and both orders
    // of symmetric pairs; a second article naming stored and new pairs.
    auto crowded = [](const std::string& file, const std::string& hash, int first, int count) {
        ArticleBuilder b(file, hash);
        auto s = b.sentence("여러 회사가 한 문장에 함께 나왔다.");
        for (int i = first; i < first + count; ++i) {
            b.entity("name:회사" + std::to_string(i), "회사" + std::to_string(i), EntityType::Company);
            b.mention("name:회사" + std::to_string(i), s, "회사");
        }
        for (int i = first; i < first + count; ++i)
            for (int j = i + 1; j < first + count; ++j) {
                const auto x = "name:회사" + std::to_string(i), y = "name:회사" + std::to_string(j);
                b.relation(RelationType::MentionedWith, (i + j) % 2 ? x : y, (i + j) % 2 ? y : x, s);
            }
        b.relation(RelationType::InvestsIn, "name:회사" + std::to_string(first),
                   "name:회사" + std::to_string(first + 1), s);
        b.relation(RelationType::MentionedWith, "name:회사" + std::to_string(first + 1),
                   "name:회사" + std::to_string(first), s); // a repeat, reversed
        return b;
    };
    auto first = crowded("c1.txt", "h1", 0, 14);  // 91 pairs + 1
    auto second = crowded("c2.txt", "h2", 10, 8); // 6 of its 28 pairs are stored already

    auto load = [&](bool bulk) {
        TempDir dir;
        auto store = openStore(dir / "g.db");
        if (bulk)
            REQUIRE(store->beginBulkIngest());
        REQUIRE(store->ingest(first.article, first.extraction));
        REQUIRE(store->ingest(second.article, second.extraction));
        if (bulk)
            REQUIRE(store->endBulkIngest());
        auto graph = store->loadGraph();
        REQUIRE(graph);
        return std::move(*graph);
    };
    const GraphData plain = load(false);
    REQUIRE(plain.relations.size() == 92 + 22 + 1);
    for (std::size_t i = 0; i < plain.relations.size(); ++i)
        CHECK(plain.relations[i].id == static_cast<EntityId>(i + 1)); // in first-seen order, no gaps
    // First pair of the first article: entities 1 and 2, smaller id first, two sentences' evidence.
    CHECK(plain.relations[0].type == RelationType::MentionedWith);
    CHECK(plain.relations[0].source == 1);
    CHECK(plain.relations[0].target == 2);
    CHECK(plain.relations[0].evidence.size() == 2);
    // A pair both articles name keeps its id and gains the second article's evidence.
    const auto* shared = findRelation(plain, RelationType::MentionedWith, 11, 12);
    REQUIRE(shared);
    CHECK(shared->id < 92);
    CHECK(shared->evidence.size() == 3); // once in the first article, twice (with the repeat) in the second
    // The first new pair of the second article: 회사10 and 회사14.
    CHECK(plain.relations[92].source == 11);
    CHECK(plain.relations[92].target == 15);
    CHECK(plain.relations[92].evidence.size() == 1);

    const GraphData bulk = load(true);
    REQUIRE(bulk.relations.size() == plain.relations.size());
    for (std::size_t i = 0; i < plain.relations.size(); ++i) {
        CHECK(bulk.relations[i].id == plain.relations[i].id);
        CHECK(bulk.relations[i].source == plain.relations[i].source);
        CHECK(bulk.relations[i].target == plain.relations[i].target);
        CHECK(bulk.relations[i].evidence.size() == plain.relations[i].evidence.size());
    }
}
