// The SQLite floor copy writes exactly the rows ingest wrote, indexes them, and refuses bad paths.
#include "RawSqlite.h"
#include "StoreFixtures.h"
#include "store/StoreFloor.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace newsgraph::test;
using newsgraph::core::store::StoreFloor;

namespace {

void ingestTwoArticles(const std::filesystem::path& path)
{
    auto store = openStore(path);
    REQUIRE(store->beginBulkIngest(100));
    ArticleBuilder a("a1.txt", "hash-a1");
    auto s0 = a.sentence("사카나AI는 코슬라벤처스의 투자를 받았다.");
    a.entity("name:사카나ai", "사카나AI", EntityType::Company, {"Sakana AI"});
    a.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor);
    a.mention("name:사카나ai", s0, "사카나AI");
    a.mention("name:코슬라벤처스", s0, "코슬라벤처스");
    a.relation(RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나ai", s0);
    REQUIRE(store->ingest(a.article, a.extraction));

    ArticleBuilder b("b1.txt", "hash-b1");
    b.sentence("첫 문장은 아무것도 말하지 않는다.");
    auto s1 = b.sentence("엔비디아는 사카나AI와 협력하고 있다.");
    b.entity("lex:nvidia", "엔비디아", EntityType::Company, {"NVIDIA"}, EntitySource::Lexicon);
    b.entity("name:사카나ai", "사카나AI", EntityType::Company);
    b.mention("lex:nvidia", s1, "엔비디아");
    b.mention("name:사카나ai", s1, "사카나AI");
    b.relation(RelationType::PartnersWith, "lex:nvidia", "name:사카나ai", s1);
    REQUIRE(store->ingest(b.article, b.extraction));
    REQUIRE(store->endBulkIngest());
}

} // namespace

TEST_CASE("the store floor copies every row ingest wrote and indexes the sentences", "[store][floor]")
{
    TempDir dir;
    ingestTwoArticles(dir / "ingested.db");
    {
        auto floor = StoreFloor::open(dir / "ingested.db", dir / "floor.db");
        REQUIRE(floor);
        auto copied = floor->copyRows();
        REQUIRE(copied);
        CHECK(*copied == 2);
        REQUIRE(floor->buildIndexes());
    }
    RawConnection copy(dir / "floor.db");
    CHECK(copy.dump() == RawConnection(dir / "ingested.db").dump());
    CHECK(copy.queryInt("SELECT count(*) FROM sentences_fts_queue") == 0);
    CHECK(copy.queryInt("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '협력하고'") == 1);
    const std::string aliasQuery = "SELECT count(*) FROM aliases_fts WHERE aliases_fts MATCH 'sakana'";
    CHECK(copy.queryInt(aliasQuery) > 0);
    CHECK(copy.queryInt(aliasQuery) == RawConnection(dir / "ingested.db").queryInt(aliasQuery));
}

TEST_CASE("the store floor refuses a source that is not ours and a scratch file that exists", "[store][floor]")
{
    TempDir dir;
    std::ofstream(dir / "notes.db") << "plain text, not SQLite";
    auto notOurs = StoreFloor::open(dir / "notes.db", dir / "floor.db");
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.error().message.find("notes.db") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "floor.db"));

    ingestTwoArticles(dir / "ingested.db");
    std::ofstream(dir / "taken.db") << "x";
    auto taken = StoreFloor::open(dir / "ingested.db", dir / "taken.db");
    REQUIRE_FALSE(taken);
    CHECK(taken.error().message.find("taken.db") != std::string::npos);
    CHECK(taken.error().message.find("already exists") != std::string::npos);
}
