// Every way opening or writing can fail: wrong file, read-only, locked, newer schema, bad input.
#include "RawSqlite.h"
#include "StoreFixtures.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace newsgraph::core;
using namespace newsgraph::test;

namespace {

void writeFile(const std::filesystem::path& path, const std::string& content)
{
    std::ofstream out(path, std::ios::binary);
    out << content;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("opening a file that is not SQLite fails with a clear message", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "notes.db";
    writeFile(path, std::string(4096, 'x') + "this is a text file, not a database\n");
    auto store = GraphStore::open(path);
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::Database);
    CHECK(contains(store.error().message, "notes.db: not a NewsGraph database (file is not SQLite)"));
    // The file is left as it was.
    CHECK(std::filesystem::file_size(path) > 4096);
}

TEST_CASE("opening another program's SQLite file is refused", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "other.db";
    {
        RawConnection other(path);
        REQUIRE(other.exec("CREATE TABLE contacts (name TEXT)") == 0);
    }
    auto store = GraphStore::open(path);
    REQUIRE_FALSE(store);
    CHECK(contains(store.error().message, "not a NewsGraph database"));
}

TEST_CASE("a database from a newer version is refused", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    REQUIRE(GraphStore::open(path));
    {
        RawConnection other(path);
        REQUIRE(other.exec("PRAGMA user_version = 99") == 0);
    }
    auto store = GraphStore::open(path);
    REQUIRE_FALSE(store);
    CHECK(contains(store.error().message, "newer NewsGraph"));
    CHECK(contains(store.error().message, "99"));
    CHECK_FALSE(GraphStore::open(path, GraphStore::OpenMode::ReadOnly));
}

TEST_CASE("read-only mode opens without creating and refuses writes", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto missing = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(std::filesystem::exists(path));

    {
        auto writer = openStore(path);
        auto a = sakanaArticle();
        REQUIRE(writer->ingest(a.article, a.extraction));
    }
    auto reader = GraphStore::open(path, GraphStore::OpenMode::ReadOnly);
    REQUIRE(reader);
    auto graph = (*reader)->loadGraph();
    REQUIRE(graph);
    CHECK(graph->entities.size() == 4);

    auto b = openaiArticle();
    auto status = (*reader)->ingest(b.article, b.extraction);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == Error::Kind::ReadOnly);
    CHECK(contains(status.error().message, "g.db"));
    CHECK(contains(status.error().message, "read-only, cannot write"));
    CHECK_FALSE((*reader)->putSetting("k", "v"));
    CurationEdit edit;
    edit.kind = CurationEdit::Kind::RenameEntity;
    edit.entityKey = "name:사카나ai";
    edit.value = "Sakana";
    CHECK((*reader)->addCuration(edit).error().kind == Error::Kind::ReadOnly);
}

TEST_CASE("a folder is not a database", "[store][errors]")
{
    TempDir dir;
    auto store = GraphStore::open(dir.path());
    REQUIRE_FALSE(store);
    CHECK(contains(store.error().message, "folder"));
}

TEST_CASE("a database locked by another program fails cleanly and loses nothing", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    auto a = sakanaArticle();
    REQUIRE(store->ingest(a.article, a.extraction));

    RawConnection other(path);
    REQUIRE(other.exec("BEGIN EXCLUSIVE") == 0);
    auto b = openaiArticle();
    auto status = store->ingest(b.article, b.extraction);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == Error::Kind::Busy);
    CHECK(contains(status.error().message, "g.db"));
    CHECK(contains(status.error().message, "locked by another program"));
    REQUIRE(other.exec("ROLLBACK") == 0);

    auto graph = store->loadGraph();
    REQUIRE(graph);
    CHECK(graph->articles.size() == 1);
    CHECK(graph->entities.size() == 4);
    // Once the other program lets go, the same ingest succeeds.
    auto retry = store->ingest(b.article, b.extraction);
    REQUIRE(retry);
    CHECK(*retry == IngestStatus::Added);
}

TEST_CASE("a failure in the middle of an ingest rolls everything back", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    auto a = sakanaArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    std::string before = RawConnection(path).dump();

    SECTION("new article")
    {
        auto b = openaiArticle();
        b.relation(RelationType::Funds, "lex:openai", "name:nobody", 0);
        auto status = store->ingest(b.article, b.extraction);
        REQUIRE_FALSE(status);
        CHECK(status.error().kind == Error::Kind::InvalidInput);
        CHECK(contains(status.error().message, "b1.txt"));
        CHECK(contains(status.error().message, "unknown entity key 'name:nobody'"));
    }
    SECTION("changed article")
    {
        auto changed = sakanaArticle("hash-a2");
        changed.mention("name:ghost", 0, "사카나AI");
        auto status = store->ingest(changed.article, changed.extraction);
        REQUIRE_FALSE(status);
        CHECK(contains(status.error().message, "unknown entity key 'name:ghost'"));
    }
    CHECK(RawConnection(path).dump() == before);
    auto graph = store->loadGraph();
    REQUIRE(graph);
    CHECK(graph->articles.size() == 1);
    CHECK(graph->articles[0].contentHash == "hash-a1");
}

TEST_CASE("an article without a file name is refused", "[store][errors]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto a = sakanaArticle();
    a.article.fileName.clear();
    CHECK_FALSE(store->ingest(a.article, a.extraction));
}

TEST_CASE("reopening a database keeps its contents", "[store]")
{
    TempDir dir;
    auto path = dir / "g.db";
    {
        auto store = openStore(path);
        auto a = sakanaArticle();
        REQUIRE(store->ingest(a.article, a.extraction));
    }
    auto store = openStore(path);
    auto stats = store->stats();
    REQUIRE(stats);
    CHECK(stats->articles == 1);
    CHECK(stats->entities == 4);
    CHECK(stats->relations == 3);
    CHECK(stats->evidence == 3);
    CHECK(stats->mentions == 7);
}

TEST_CASE("opening a database another program holds exclusively reports it as locked", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    RawConnection other(path);
    REQUIRE(other.exec("CREATE TABLE t (x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1);") == 0);
    auto store = GraphStore::open(path);
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::Busy);
    CHECK(contains(store.error().message, "g.db: locked by another program"));
    other.exec("ROLLBACK");
}

TEST_CASE("two connections: changes from one show up in the other's searches", "[store]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto writer = openStore(path);
    auto reader = openStore(path);
    auto a = sakanaArticle();
    REQUIRE(writer->ingest(a.article, a.extraction));
    auto before = reader->searchEntities("사카나");
    REQUIRE(before);
    REQUIRE(before->size() == 1);
    CHECK((*before)[0].name == "사카나AI");

    CurationEdit rename;
    rename.kind = CurationEdit::Kind::RenameEntity;
    rename.entityKey = "name:사카나ai";
    rename.value = "Sakana AI";
    REQUIRE(writer->addCuration(rename));
    auto after = reader->searchEntities("사카나");
    REQUIRE(after);
    REQUIRE(after->size() == 1);
    CHECK((*after)[0].name == "Sakana AI");
}

TEST_CASE("a write-protected database file is reported as read-only", "[store][errors]")
{
    TempDir dir;
    auto path = dir / "g.db";
    REQUIRE(GraphStore::open(path));
    std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    if (::access(path.c_str(), W_OK) == 0) {
        // root ignores file permissions; ReadOnly mode above covers the refusal itself.
        WARN("skipped: permissions do not apply to this user");
        return;
    }
    auto store = GraphStore::open(path);
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::ReadOnly);
    CHECK(contains(store.error().message, "g.db: read-only, cannot write"));
    CHECK(GraphStore::open(path, GraphStore::OpenMode::ReadOnly));
    std::filesystem::permissions(path, std::filesystem::perms::owner_all);
}

TEST_CASE("a database in a write-protected folder is reported as read-only", "[store][errors]")
{
    TempDir dir;
    auto folder = dir / "locked";
    std::filesystem::create_directory(folder);
    std::filesystem::permissions(folder, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    if (::access(folder.c_str(), W_OK) == 0) {
        WARN("skipped: permissions do not apply to this user");
        return;
    }
    auto store = GraphStore::open(folder / "g.db");
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::ReadOnly);
    CHECK(contains(store.error().message, "g.db: read-only folder, cannot write"));
    CHECK_FALSE(std::filesystem::exists(folder / "g.db"));
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
}
