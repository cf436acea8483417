// Ingest then read back: contents, idempotence, replacement of a changed article, entity unification.
#include "RawSqlite.h"
#include "StoreFixtures.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::test;

TEST_CASE("ingest then loadGraph returns entities, aliases, relations and evidence as written", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto a = sakanaArticle();
    auto status = store->ingest(a.article, a.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Added);

    auto graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->articles.size() == 1);
    const auto& article = graph->articles[0];
    CHECK(article.fileName == "a1.txt");
    CHECK(article.sourcePath == "/corpus/a1.txt");
    CHECK(article.outlet == "매일경제");
    CHECK(article.publishedDate == "2024-06-17");
    CHECK(article.reporters == std::vector<std::string>{"이덕주"});
    CHECK(article.contentHash == "hash-a1");

    REQUIRE(graph->entities.size() == 4);
    for (std::size_t i = 1; i < graph->entities.size(); ++i)
        CHECK(graph->entities[i - 1].id < graph->entities[i].id);
    const auto* sakana = findEntity(*graph, "name:사카나ai");
    REQUIRE(sakana);
    CHECK(sakana->name == "사카나AI");
    CHECK(sakana->type == EntityType::Company);
    CHECK(sakana->aliases == std::vector<std::string>{"Sakana AI", "사카나 AI"});
    CHECK(sakana->mentions == 3);
    CHECK(sakana->articles == std::vector<ArticleId>{article.id});
    const auto* khosla = findEntity(*graph, "name:코슬라벤처스");
    REQUIRE(khosla);
    CHECK(khosla->type == EntityType::Investor);
    CHECK(khosla->aliases.empty());

    REQUIRE(graph->relations.size() == 3);
    const auto* invest = findRelation(*graph, RelationType::InvestsIn, khosla->id, sakana->id);
    REQUIRE(invest);
    REQUIRE(invest->evidence.size() == 1);
    const auto& ev = invest->evidence[0];
    CHECK(ev.article == article.id);
    CHECK(ev.articleFile == "a1.txt");
    CHECK(ev.sentenceIndex == 1);
    CHECK(ev.sentence == "코슬라벤처스는 사카나AI에 약 1억달러(약 1300억원)를 투자했다.");
    REQUIRE(ev.amount);
    CHECK(*ev.amount == Amount{100000000, "USD", "about", "약 1억달러", 130000000000.0, "KRW"});
    CHECK(ev.date == "2024-06");
    CHECK(ev.tense == Tense::Past);
    CHECK(ev.trigger == "투자");
    CHECK(ev.confidence == Approx(0.8));

    const auto* partner = findRelation(*graph, RelationType::PartnersWith, std::min(sakana->id, findEntity(*graph, "lex:nvidia")->id),
                                       std::max(sakana->id, findEntity(*graph, "lex:nvidia")->id));
    REQUIRE(partner);
    CHECK(partner->evidence[0].tense == Tense::Present);
    CHECK_FALSE(partner->evidence[0].amount);

    auto stored = store->loadArticle(article.id);
    REQUIRE(stored);
    CHECK(stored->body == a.article.body);
    REQUIRE(stored->sentences.size() == 3);
    CHECK(stored->sentences[2].text == a.article.sentences[2].text);
    CHECK(stored->sentences[2].begin == a.article.sentences[2].begin);
    CHECK(stored->mentions.size() == 7);
    CHECK_FALSE(store->loadArticle(9999));
}

TEST_CASE("symmetric relations are stored once with the smaller entity id first", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto a = sakanaArticle();
    // The same partnership reported the other way round in another sentence.
    a.relation(RelationType::PartnersWith, "name:사카나ai", "lex:nvidia", 0);
    REQUIRE(store->ingest(a.article, a.extraction));
    auto graph = store->loadGraph();
    REQUIRE(graph);
    int partnerships = 0;
    for (const auto& r : graph->relations) {
        if (r.type != RelationType::PartnersWith)
            continue;
        ++partnerships;
        CHECK(r.source < r.target);
        CHECK(r.evidence.size() == 2);
        CHECK(r.evidence[0].sentenceIndex == 0); // evidence ordered by article, then sentence
        CHECK(r.evidence[1].sentenceIndex == 2);
        CHECK(r.weight() == 2);
    }
    CHECK(partnerships == 1);
}

TEST_CASE("re-ingesting an unchanged article writes nothing", "[store]")
{
    TempDir dir;
    auto path = dir / "g.db";
    auto store = openStore(path);
    auto a = sakanaArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    std::string before = RawConnection(path).dump();
    auto status = store->ingest(a.article, a.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Unchanged);
    CHECK(RawConnection(path).dump() == before);
}

TEST_CASE("a changed article replaces only its own evidence", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto a = sakanaArticle();
    auto b = openaiArticle();
    REQUIRE(store->ingest(a.article, a.extraction));
    REQUIRE(store->ingest(b.article, b.extraction));

    // Article b is edited: the office sentence is gone, only the CEO sentence remains.
    ArticleBuilder b2("b1.txt", "hash-b2", "2024-04-16", "한겨레");
    auto s0 = b2.sentence("샘 올트먼 오픈AI 최고경영자(CEO)가 도쿄를 방문했다.");
    b2.entity("lex:openai", "오픈AI", EntityType::Company, {"OpenAI"}, EntitySource::Lexicon);
    b2.entity("name:샘올트먼", "샘 올트먼", EntityType::Person);
    b2.mention("lex:openai", s0, "오픈AI");
    b2.mention("name:샘올트먼", s0, "샘 올트먼");
    b2.relation(RelationType::WorksFor, "name:샘올트먼", "lex:openai", s0).role = "CEO";
    auto status = store->ingest(b2.article, b2.extraction);
    REQUIRE(status);
    CHECK(*status == IngestStatus::Replaced);

    auto graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->articles.size() == 2);
    CHECK(graph->articles[1].publishedDate == "2024-04-16");
    CHECK(graph->articles[1].contentHash == "hash-b2");
    const auto* openai = findEntity(*graph, "lex:openai");
    const auto* tokyo = findEntity(*graph, "place:tokyo");
    const auto* altman = findEntity(*graph, "name:샘올트먼");
    REQUIRE(openai);
    REQUIRE(tokyo);
    REQUIRE(altman);
    // Tokyo is still mentioned by article a; only b's mention went away.
    CHECK(tokyo->mentions == 1);
    CHECK(tokyo->articles == std::vector<ArticleId>{graph->articles[0].id});
    CHECK(openai->mentions == 1);
    CHECK_FALSE(findRelation(*graph, RelationType::OfficeIn, openai->id, tokyo->id));
    const auto* ceo = findRelation(*graph, RelationType::WorksFor, altman->id, openai->id);
    REQUIRE(ceo);
    REQUIRE(ceo->evidence.size() == 1);
    CHECK(ceo->evidence[0].sentence == "샘 올트먼 오픈AI 최고경영자(CEO)가 도쿄를 방문했다.");
    // Article a's relations are untouched.
    const auto* sakana = findEntity(*graph, "name:사카나ai");
    REQUIRE(sakana);
    CHECK(findRelation(*graph, RelationType::LocatedIn, sakana->id, tokyo->id));
    CHECK(graph->relations.size() == 4);

    auto stats = store->stats();
    REQUIRE(stats);
    CHECK(stats->articles == 2);
    CHECK(stats->sentences == 4);
    CHECK(stats->relations == 4);
    CHECK(stats->evidence == 4);
}

TEST_CASE("entities whose last mention goes away are removed", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto b = openaiArticle();
    REQUIRE(store->ingest(b.article, b.extraction));
    ArticleBuilder b2("b1.txt", "hash-b2");
    auto s0 = b2.sentence("오픈AI가 새 모델을 냈다.");
    b2.entity("lex:openai", "오픈AI", EntityType::Company);
    b2.mention("lex:openai", s0, "오픈AI");
    REQUIRE(store->ingest(b2.article, b2.extraction));
    auto graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->entities.size() == 1);
    CHECK(graph->entities[0].key == "lex:openai");
    CHECK(graph->relations.empty());
}

TEST_CASE("entities unify across articles by key and by a shared alias", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto b = openaiArticle();
    REQUIRE(store->ingest(b.article, b.extraction));

    ArticleBuilder c("c1.txt", "hash-c1");
    auto s0 = c.sentence("오픈 AI와 업스테이지가 도쿄에서 경쟁한다.");
    // A rule-based extractor that does not know the lexicon id: same name, different key.
    c.entity("name:오픈ai", "오픈 AI", EntityType::Company);
    c.entity("name:업스테이지", "업스테이지", EntityType::Company);
    c.entity("place:tokyo", "도쿄", EntityType::Place);
    c.mention("name:오픈ai", s0, "오픈 AI");
    c.mention("name:업스테이지", s0, "업스테이지");
    c.mention("place:tokyo", s0, "도쿄");
    c.relation(RelationType::CompetesWith, "name:업스테이지", "name:오픈ai", s0);
    REQUIRE(store->ingest(c.article, c.extraction));

    auto graph = store->loadGraph();
    REQUIRE(graph);
    const auto* openai = findEntity(*graph, "lex:openai");
    REQUIRE(openai);
    CHECK_FALSE(findEntity(*graph, "name:오픈ai"));
    CHECK(openai->mentions == 3);
    CHECK(openai->articles.size() == 2);
    CHECK(std::find(openai->aliases.begin(), openai->aliases.end(), "오픈 AI") != openai->aliases.end());
    const auto* tokyo = findEntity(*graph, "place:tokyo");
    REQUIRE(tokyo);
    CHECK(tokyo->mentions == 2);
    const auto* upstage = findEntity(*graph, "name:업스테이지");
    REQUIRE(upstage);
    CHECK(findRelation(*graph, RelationType::CompetesWith, std::min(upstage->id, openai->id),
                       std::max(upstage->id, openai->id)));
}

TEST_CASE("a shared alias does not unify entities of unrelated types", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    ArticleBuilder a("a.txt", "h1");
    auto s0 = a.sentence("일본은 투자를 늘렸다.");
    a.entity("country:japan", "일본", EntityType::Country);
    a.mention("country:japan", s0, "일본");
    REQUIRE(store->ingest(a.article, a.extraction));
    ArticleBuilder b("b.txt", "h2");
    auto t0 = b.sentence("일본 정부(일본)는 지원한다.");
    b.entity("gov:japan", "일본 정부", EntityType::Government, {"일본"});
    b.mention("gov:japan", t0, "일본 정부");
    REQUIRE(store->ingest(b.article, b.extraction));
    auto graph = store->loadGraph();
    REQUIRE(graph);
    CHECK(graph->entities.size() == 2);
}

TEST_CASE("settings round-trip", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    auto missing = store->setting("layout");
    REQUIRE(missing);
    CHECK_FALSE(*missing);
    REQUIRE(store->putSetting("layout", "{\"x\":1}"));
    REQUIRE(store->putSetting("layout", "{\"x\":2}"));
    auto value = store->setting("layout");
    REQUIRE(value);
    REQUIRE(*value);
    CHECK(**value == "{\"x\":2}");
}

TEST_CASE("a lexicon entity adopts an earlier rule-based one with the same name", "[store]")
{
    TempDir dir;
    auto store = openStore(dir / "g.db");
    ArticleBuilder a("a.txt", "h1");
    auto s0 = a.sentence("오픈 AI가 발표했다.");
    a.entity("name:오픈ai", "오픈 AI", EntityType::Investor);
    a.mention("name:오픈ai", s0, "오픈 AI");
    REQUIRE(store->ingest(a.article, a.extraction));

    auto b = openaiArticle();
    REQUIRE(store->ingest(b.article, b.extraction));
    // A second lexicon entry sharing a surface form stays separate.
    ArticleBuilder c("c.txt", "h3");
    auto t0 = c.sentence("오픈AI 재팬이 문을 열었다.");
    c.entity("lex:openai-japan", "오픈AI 재팬", EntityType::Company, {"오픈AI"}, EntitySource::Lexicon);
    c.mention("lex:openai-japan", t0, "오픈AI 재팬");
    REQUIRE(store->ingest(c.article, c.extraction));

    auto graph = store->loadGraph();
    REQUIRE(graph);
    REQUIRE(graph->entities.size() == 4); // 오픈AI (one entity for both keys), 도쿄, 샘 올트먼, 오픈AI 재팬
    const auto* openai = findEntity(*graph, "name:오픈ai");
    REQUIRE(openai);
    CHECK(openai->name == "오픈AI");
    CHECK(openai->type == EntityType::Company);
    CHECK(openai->mentions == 3);
    CHECK(findEntity(*graph, "lex:openai-japan"));
    // Curation may name the entity by either key.
    CurationEdit rename;
    rename.kind = CurationEdit::Kind::RenameEntity;
    rename.entityKey = "lex:openai";
    rename.value = "OpenAI";
    REQUIRE(store->addCuration(rename));
    auto renamed = store->loadGraph();
    REQUIRE(renamed);
    CHECK(findEntity(*renamed, "name:오픈ai")->name == "OpenAI");
}
