// Curation edits applied on read, their undo, and their survival across re-ingestion.
#include "StoreFixtures.h"
#include "store/CurationEdits.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace newsgraph::core;
using namespace newsgraph::test;

namespace {

CurationEdit edit(CurationEdit::Kind kind, std::string entityKey, std::string otherKey = {}, std::string value = {},
                  std::string note = {})
{
    CurationEdit e;
    e.kind = kind;
    e.entityKey = std::move(entityKey);
    e.otherKey = std::move(otherKey);
    e.value = std::move(value);
    e.note = std::move(note);
    return e;
}

std::int64_t add(GraphStore& store, const CurationEdit& e)
{
    auto id = store.addCuration(e);
    if (!id)
        FAIL(id.error().message);
    return *id;
}

GraphData load(GraphStore& store, bool includeRejected = false)
{
    auto graph = store.loadGraph(includeRejected);
    if (!graph)
        FAIL(graph.error().message);
    return *graph;
}

bool hasAlias(const EntityRecord& e, const std::string& alias)
{
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}

// Article c names Khosla in English, so it stays a separate entity until the user merges it.
ArticleBuilder khoslaEnglishArticle()
{
    ArticleBuilder c("c1.txt", "hash-c1", "2024-07-01", "동아일보");
    auto s0 = c.sentence("Khosla Ventures는 사카나AI에 다시 투자했다.");
    auto s1 = c.sentence("Khosla Ventures와 코슬라벤처스 모두 같은 회사다.");
    c.entity("name:khoslaventures", "Khosla Ventures", EntityType::Investor);
    c.entity("name:사카나ai", "사카나AI", EntityType::Company);
    c.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor);
    c.mention("name:khoslaventures", s0, "Khosla Ventures");
    c.mention("name:사카나ai", s0, "사카나AI");
    c.mention("name:khoslaventures", s1, "Khosla Ventures");
    c.mention("name:코슬라벤처스", s1, "코슬라벤처스");
    c.relation(RelationType::InvestsIn, "name:khoslaventures", "name:사카나ai", s0).date = "2024-07";
    c.relation(RelationType::MentionedWith, "name:khoslaventures", "name:코슬라벤처스", s1);
    return c;
}

struct Fixture {
    TempDir dir;
    std::unique_ptr<GraphStore> store = openStore(dir / "g.db");
    Fixture()
    {
        auto a = sakanaArticle();
        auto c = khoslaEnglishArticle();
        REQUIRE(store->ingest(a.article, a.extraction));
        REQUIRE(store->ingest(c.article, c.extraction));
    }
};

} // namespace

TEST_CASE("rename and retype change the entity and keep the old name as an alias", "[store][curation]")
{
    Fixture f;
    add(*f.store, edit(CurationEdit::Kind::RenameEntity, "name:사카나ai", {}, "Sakana AI Inc."));
    add(*f.store, edit(CurationEdit::Kind::RetypeEntity, "name:코슬라벤처스", {}, "company"));
    auto graph = load(*f.store);
    const auto* sakana = findEntity(graph, "name:사카나ai");
    REQUIRE(sakana);
    CHECK(sakana->name == "Sakana AI Inc.");
    CHECK(hasAlias(*sakana, "사카나AI"));
    CHECK(findEntity(graph, "name:코슬라벤처스")->type == EntityType::Company);

    auto log = f.store->curationLog();
    REQUIRE(log);
    REQUIRE(log->size() == 2);
    CHECK((*log)[0].kind == CurationEdit::Kind::RenameEntity);
    CHECK((*log)[0].id < (*log)[1].id);
    CHECK_FALSE((*log)[0].createdAt.empty());
}

TEST_CASE("merge combines aliases, mentions and relations, drops self-loops, and can be undone", "[store][curation]")
{
    Fixture f;
    auto before = load(*f.store);
    const auto* korean = findEntity(before, "name:코슬라벤처스");
    const auto* english = findEntity(before, "name:khoslaventures");
    const auto* sakana = findEntity(before, "name:사카나ai");
    REQUIRE(korean);
    REQUIRE(english);
    REQUIRE(sakana);
    CHECK(korean->mentions == 3);
    CHECK(english->mentions == 2);
    const auto relationsBefore = before.relations.size();
    REQUIRE(relationsBefore == 5);

    auto id = add(*f.store, edit(CurationEdit::Kind::MergeEntities, "name:코슬라벤처스", "name:khoslaventures"));
    auto merged = load(*f.store);
    CHECK_FALSE(findEntity(merged, "name:khoslaventures"));
    const auto* khosla = findEntity(merged, "name:코슬라벤처스");
    REQUIRE(khosla);
    CHECK(khosla->id == korean->id);
    CHECK(khosla->mentions == 5);
    CHECK(hasAlias(*khosla, "Khosla Ventures"));
    CHECK(khosla->articles.size() == 2);
    // Two invests_in relations became one with both articles' evidence; the mentioned_with
    // relation between the two became a self-loop and is gone.
    const auto* invest = findRelation(merged, RelationType::InvestsIn, khosla->id, sakana->id);
    REQUIRE(invest);
    REQUIRE(invest->evidence.size() == 2);
    CHECK(invest->evidence[0].articleFile == "a1.txt");
    CHECK(invest->evidence[1].articleFile == "c1.txt");
    CHECK(merged.relations.size() == relationsBefore - 2);
    for (const auto& r : merged.relations)
        CHECK(r.source != r.target);

    // Stored mentions of the merged-away entity point at the survivor.
    ArticleId c1 = merged.articles.back().id;
    auto article = f.store->loadArticle(c1);
    REQUIRE(article);
    REQUIRE(article->mentions.size() == 4);
    for (const auto& m : article->mentions)
        CHECK(merged.entity(m.entity) != nullptr);
    CHECK(std::count_if(article->mentions.begin(), article->mentions.end(),
                        [&](const StoredMention& m) { return m.entity == korean->id; }) == 3);

    // Search follows the merge: the English name finds the surviving entity.
    auto hits = f.store->searchEntities("Khosla");
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK((*hits)[0].entity == korean->id);
    CHECK((*hits)[0].name == "코슬라벤처스");

    REQUIRE(f.store->removeCuration(id));
    auto undone = load(*f.store);
    CHECK(undone.entities.size() == before.entities.size());
    CHECK(undone.relations.size() == relationsBefore);
    CHECK(findEntity(undone, "name:khoslaventures"));
    CHECK_FALSE(f.store->removeCuration(id)); // already gone
}

TEST_CASE("merge chains resolve to the final survivor", "[store][curation]")
{
    Fixture f;
    add(*f.store, edit(CurationEdit::Kind::MergeEntities, "name:khoslaventures", "name:코슬라벤처스"));
    // Renaming the merged-away key applies to the survivor.
    add(*f.store, edit(CurationEdit::Kind::RenameEntity, "name:코슬라벤처스", {}, "코슬라 벤처스"));
    auto graph = load(*f.store);
    const auto* khosla = findEntity(graph, "name:khoslaventures");
    REQUIRE(khosla);
    CHECK(khosla->name == "코슬라 벤처스");
    CHECK(hasAlias(*khosla, "코슬라벤처스"));
    CHECK(hasAlias(*khosla, "Khosla Ventures"));
}

TEST_CASE("split alias moves an alias and its mentions to a new entity", "[store][curation]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    ArticleBuilder a("a.txt", "h");
    auto s0 = a.sentence("애플은 아이폰을 만든다.");
    auto s1 = a.sentence("애플뮤직은 음악 서비스다.");
    a.entity("name:애플", "애플", EntityType::Company, {"애플뮤직"});
    a.mention("name:애플", s0, "애플");
    a.mention("name:애플", s1, "애플뮤직");
    REQUIRE(store->ingest(a.article, a.extraction));

    add(*store, edit(CurationEdit::Kind::SplitAlias, "name:애플", {}, "애플뮤직"));
    auto graph = load(*store);
    REQUIRE(graph.entities.size() == 2);
    const auto* apple = findEntity(graph, "name:애플");
    const auto* music = findEntityByName(graph, "애플뮤직");
    REQUIRE(apple);
    REQUIRE(music);
    CHECK(apple->mentions == 1);
    CHECK_FALSE(hasAlias(*apple, "애플뮤직"));
    CHECK(music->mentions == 1);
    CHECK(music->type == EntityType::Company);
    CHECK(music->articles == apple->articles);

    auto log = store->curationLog();
    REQUIRE(log);
    REQUIRE(store->removeCuration(log->back().id));
    auto undone = load(*store);
    REQUIRE(undone.entities.size() == 1);
    CHECK(undone.entities[0].mentions == 2);
    CHECK(hasAlias(undone.entities[0], "애플뮤직"));
}

TEST_CASE("reject, restore and review states identify relations by keys and type", "[store][curation]")
{
    Fixture f;
    auto graph = load(*f.store);
    const auto* sakana = findEntity(graph, "name:사카나ai");
    const auto* tokyo = findEntity(graph, "place:tokyo");
    const auto* nvidia = findEntity(graph, "lex:nvidia");
    REQUIRE(sakana);
    REQUIRE(tokyo);
    REQUIRE(nvidia);

    add(*f.store, edit(CurationEdit::Kind::RejectRelation, "name:사카나ai", "place:tokyo", "located_in"));
    auto rejected = load(*f.store);
    CHECK_FALSE(findRelation(rejected, RelationType::LocatedIn, sakana->id, tokyo->id));
    auto withRejected = load(*f.store, true);
    const auto* shown = findRelation(withRejected, RelationType::LocatedIn, sakana->id, tokyo->id);
    REQUIRE(shown);
    CHECK(shown->review == ReviewState::Rejected);

    add(*f.store, edit(CurationEdit::Kind::RestoreRelation, "name:사카나ai", "place:tokyo", "located_in"));
    // A symmetric relation may be named either way round.
    add(*f.store, edit(CurationEdit::Kind::SetReview, "name:사카나ai", "lex:nvidia", "partners_with=verified"));
    add(*f.store, edit(CurationEdit::Kind::SetReview, "name:코슬라벤처스", "name:사카나ai", "invests_in=disputed"));
    auto reviewed = load(*f.store);
    const auto* located = findRelation(reviewed, RelationType::LocatedIn, sakana->id, tokyo->id);
    REQUIRE(located);
    CHECK(located->review == ReviewState::Unreviewed);
    const auto* partner = findRelation(reviewed, RelationType::PartnersWith, std::min(sakana->id, nvidia->id),
                                       std::max(sakana->id, nvidia->id));
    REQUIRE(partner);
    CHECK(partner->review == ReviewState::Verified);
    const auto* invest =
        findRelation(reviewed, RelationType::InvestsIn, findEntity(reviewed, "name:코슬라벤처스")->id, sakana->id);
    REQUIRE(invest);
    CHECK(invest->review == ReviewState::Disputed);

    // Malformed values are refused up front.
    CHECK_FALSE(f.store->addCuration(edit(CurationEdit::Kind::SetReview, "name:사카나ai", "lex:nvidia", "partners_with")));
    CHECK_FALSE(f.store->addCuration(edit(CurationEdit::Kind::RejectRelation, "name:사카나ai", "lex:nvidia", "likes")));
    CHECK_FALSE(f.store->addCuration(edit(CurationEdit::Kind::RenameEntity, "name:nobody", {}, "x")));
}

TEST_CASE("user-added entities and relations, removal of entities", "[store][curation]")
{
    Fixture f;
    CurationEdit person = edit(CurationEdit::Kind::AddEntity, "user:llion", "person", "일리언 존스");
    add(*f.store, person);
    auto relationEdit = add(*f.store, edit(CurationEdit::Kind::AddRelation, "user:llion", "name:사카나ai", "founded",
                                           "창업자 (인터뷰에서 확인)"));
    add(*f.store, edit(CurationEdit::Kind::RemoveEntity, "place:tokyo"));

    auto graph = load(*f.store);
    const auto* llion = findEntity(graph, "user:llion");
    REQUIRE(llion);
    CHECK(llion->userAdded);
    CHECK(llion->name == "일리언 존스");
    CHECK(llion->type == EntityType::Person);
    CHECK(llion->mentions == 0);
    const auto* sakana = findEntity(graph, "name:사카나ai");
    const auto* founded = findRelation(graph, RelationType::Founded, llion->id, sakana->id);
    REQUIRE(founded);
    CHECK(founded->userAdded);
    CHECK(founded->note == "창업자 (인터뷰에서 확인)");
    CHECK(founded->evidence.empty());
    CHECK_FALSE(findEntity(graph, "place:tokyo"));
    for (const auto& r : graph.relations)
        CHECK((graph.entity(r.source) && graph.entity(r.target)));

    // Unknown keys are refused, and a refused edit leaves no trace.
    auto statsBefore = f.store->stats();
    REQUIRE(statsBefore);
    auto refused = f.store->addCuration(edit(CurationEdit::Kind::AddRelation, "user:nobody", "name:사카나ai", "founded"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotFound);
    CHECK(refused.error().message.find("user:nobody") != std::string::npos);
    CHECK_FALSE(f.store->addCuration(edit(CurationEdit::Kind::SplitAlias, "name:nobody", {}, "x")));
    auto statsAfter = f.store->stats();
    REQUIRE(statsAfter);
    CHECK(statsAfter->curationEdits == statsBefore->curationEdits);
    CHECK(statsAfter->entities == statsBefore->entities);
    CHECK(statsAfter->relations == statsBefore->relations);

    REQUIRE(f.store->removeCuration(relationEdit));
    auto undone = load(*f.store);
    CHECK_FALSE(findRelation(undone, RelationType::Founded, llion->id, sakana->id));
    CHECK(findEntity(undone, "user:llion"));
}

TEST_CASE("curation survives re-ingestion of a changed article", "[store][curation]")
{
    Fixture f;
    add(*f.store, edit(CurationEdit::Kind::RenameEntity, "name:사카나ai", {}, "Sakana AI"));
    add(*f.store, edit(CurationEdit::Kind::MergeEntities, "name:코슬라벤처스", "name:khoslaventures"));
    add(*f.store, edit(CurationEdit::Kind::RejectRelation, "name:사카나ai", "place:tokyo", "located_in"));
    add(*f.store, edit(CurationEdit::Kind::RenameEntity, "lex:nvidia", {}, "NVIDIA"));

    // Article a changes: same facts, one more sentence, and no mention of 엔비디아 any more.
    ArticleBuilder a2("a1.txt", "hash-a2");
    auto s0 = a2.sentence("사카나AI, 코슬라벤처스에서 투자 유치");
    auto s1 = a2.sentence("코슬라벤처스는 사카나AI에 약 1억달러를 투자했다.");
    auto s2 = a2.sentence("사카나AI는 도쿄에 본사를 둔다.");
    a2.entity("name:사카나ai", "사카나AI", EntityType::Company);
    a2.entity("name:코슬라벤처스", "코슬라벤처스", EntityType::Investor);
    a2.entity("place:tokyo", "도쿄", EntityType::Place);
    a2.mention("name:사카나ai", s0, "사카나AI");
    a2.mention("name:코슬라벤처스", s1, "코슬라벤처스");
    a2.mention("place:tokyo", s2, "도쿄");
    a2.relation(RelationType::InvestsIn, "name:코슬라벤처스", "name:사카나ai", s1);
    a2.relation(RelationType::LocatedIn, "name:사카나ai", "place:tokyo", s2);
    auto status = f.store->ingest(a2.article, a2.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Replaced);

    auto graph = load(*f.store);
    const auto* sakana = findEntity(graph, "name:사카나ai");
    REQUIRE(sakana);
    CHECK(sakana->name == "Sakana AI");
    CHECK_FALSE(findEntity(graph, "name:khoslaventures"));
    const auto* khosla = findEntity(graph, "name:코슬라벤처스");
    REQUIRE(khosla);
    const auto* invest = findRelation(graph, RelationType::InvestsIn, khosla->id, sakana->id);
    REQUIRE(invest);
    CHECK(invest->evidence.size() == 2);
    CHECK_FALSE(findRelation(graph, RelationType::LocatedIn, sakana->id, findEntity(graph, "place:tokyo")->id));
    // 엔비디아 left the graph; its rename stays in the log, skipped, and applies when it returns.
    CHECK_FALSE(findEntity(graph, "lex:nvidia"));
    auto log = f.store->curationLog();
    REQUIRE(log);
    CHECK(log->size() == 4);

    auto again = sakanaArticle("hash-a3");
    REQUIRE(f.store->ingest(again.article, again.extraction));
    auto back = load(*f.store);
    const auto* nvidia = findEntity(back, "lex:nvidia");
    REQUIRE(nvidia);
    CHECK(nvidia->name == "NVIDIA");
}

TEST_CASE("merging two investors named in one sentence does not list the sentence twice", "[store][curation]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    ArticleBuilder a("a.txt", "h");
    auto s0 = a.sentence("소프트뱅크와 소프트뱅크비전펀드가 쿠팡에 투자했다.");
    a.entity("name:소프트뱅크", "소프트뱅크", EntityType::Company);
    a.entity("name:소프트뱅크비전펀드", "소프트뱅크비전펀드", EntityType::Investor);
    a.entity("name:쿠팡", "쿠팡", EntityType::Company);
    a.mention("name:소프트뱅크", s0, "소프트뱅크");
    a.mention("name:소프트뱅크비전펀드", s0, "소프트뱅크비전펀드");
    a.mention("name:쿠팡", s0, "쿠팡");
    a.relation(RelationType::InvestsIn, "name:소프트뱅크", "name:쿠팡", s0);
    a.relation(RelationType::InvestsIn, "name:소프트뱅크비전펀드", "name:쿠팡", s0);
    REQUIRE(store->ingest(a.article, a.extraction));
    add(*store, edit(CurationEdit::Kind::MergeEntities, "name:소프트뱅크", "name:소프트뱅크비전펀드"));
    auto graph = load(*store);
    REQUIRE(graph.relations.size() == 1);
    CHECK(graph.relations[0].evidence.size() == 1);
    CHECK(graph.relations[0].weight() == 1);
}

TEST_CASE("curation builders produce edits the store accepts", "[store][curation]")
{
    Fixture f;
    namespace c = newsgraph::core::curation;
    add(*f.store, c::setReview("lex:nvidia", "name:사카나ai", RelationType::PartnersWith, ReviewState::Verified));
    add(*f.store, c::retypeEntity("name:코슬라벤처스", EntityType::Company));
    add(*f.store, c::addEntity("일리언 존스", EntityType::Person));
    add(*f.store, c::addRelation("user:일리언존스", "name:사카나ai", RelationType::Founded, "note"));
    add(*f.store, c::rejectRelation("name:사카나ai", "place:tokyo", RelationType::LocatedIn));
    add(*f.store, c::mergeEntities("name:코슬라벤처스", "name:khoslaventures"));
    add(*f.store, c::renameEntity("name:사카나ai", "Sakana AI"));
    add(*f.store, c::splitAlias("name:사카나ai", "Sakana AI"));
    add(*f.store, c::restoreRelation("name:사카나ai", "place:tokyo", RelationType::LocatedIn));
    add(*f.store, c::removeEntity("lex:nvidia"));
    auto graph = load(*f.store);
    const auto* llion = findEntity(graph, "user:일리언존스");
    REQUIRE(llion);
    CHECK(llion->type == EntityType::Person);
    CHECK(findEntity(graph, "name:코슬라벤처스")->type == EntityType::Company);
    CHECK_FALSE(findEntity(graph, "lex:nvidia"));
    CHECK(findEntity(graph, "name:사카나ai")->name == "Sakana AI");
}
