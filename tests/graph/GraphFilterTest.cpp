// applyFilter field by field on one small graph with articles, dates, outlets and amounts.
#include "GraphFixtures.h"
#include "graph/RateTable.h"
#include "graph/GraphFilter.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace newsgraph::core;
using namespace newsgraph::test;

namespace {

EvidenceRecord evidence(ArticleId article, std::size_t sentence, std::string date = {},
                        std::optional<Amount> amount = std::nullopt)
{
    EvidenceRecord ev;
    ev.article = article;
    ev.articleFile = "a" + std::to_string(article) + ".txt";
    ev.sentenceIndex = sentence;
    ev.date = std::move(date);
    ev.amount = std::move(amount);
    return ev;
}

Amount money(double value, std::string currency)
{
    Amount a;
    a.value = value;
    a.currency = std::move(currency);
    return a;
}

// 1 Khosla (investor) -> 2 Sakana (company): 1억달러, article 1 (매일경제, 2024-06-17)
// 3 Toyota (company) -> 4 PFN (company): 105억엔 ≈ 75M USD, article 2 (한겨레, 2019-08-01), event date 2019-08
// 2 Sakana -> 5 Tokyo (place): located_in, article 1 and article 2
// 6 Nvidia (company) <-> 2 Sakana: partners_with, verified, article 3 (동아일보, undated)
// 7 Upstage (company): mentioned in article 3 only, no relation
// 8 Person added by the user, works_for 2 Sakana (user-added, no evidence)
GraphData sample()
{
    GraphData g;
    g.articles = {ArticleRecord{1, "a1.txt", "", "t1", "매일경제", "2024-06-17", {}, "h1"},
                  ArticleRecord{2, "a2.txt", "", "t2", "한겨레", "2019-08-01", {}, "h2"},
                  ArticleRecord{3, "a3.txt", "", "t3", "동아일보", "", {}, "h3"}};
    auto entity = [](EntityId id, std::string name, EntityType type, int mentions, std::vector<ArticleId> articles,
                     bool user = false) {
        return EntityRecord{id, "k" + std::to_string(id), std::move(name), type, {}, mentions, std::move(articles),
                            user, 1.0};
    };
    g.entities = {entity(1, "코슬라벤처스", EntityType::Investor, 2, {1}),
                  entity(2, "사카나AI", EntityType::Company, 5, {1, 2, 3}),
                  entity(3, "도요타", EntityType::Company, 1, {2}),
                  entity(4, "PFN", EntityType::Company, 2, {2}),
                  entity(5, "도쿄", EntityType::Place, 2, {1, 2}),
                  entity(6, "엔비디아", EntityType::Company, 1, {3}),
                  entity(7, "업스테이지", EntityType::Company, 1, {3}),
                  entity(8, "일리언 존스", EntityType::Person, 0, {}, true)};
    auto relation = [](RelationId id, EntityId s, EntityId t, RelationType type, std::vector<EvidenceRecord> ev) {
        RelationRecord r;
        r.id = id;
        r.source = s;
        r.target = t;
        r.type = type;
        r.evidence = std::move(ev);
        return r;
    };
    g.relations = {
        relation(11, 1, 2, RelationType::InvestsIn, {evidence(1, 1, "2024-06", money(100000000, "USD"))}),
        relation(12, 3, 4, RelationType::InvestsIn, {evidence(2, 0, "2019-08", money(10500000000, "JPY"))}),
        relation(13, 2, 5, RelationType::LocatedIn, {evidence(1, 2), evidence(2, 3)}),
        relation(14, 2, 6, RelationType::PartnersWith, {evidence(3, 0)}),
        relation(15, 8, 2, RelationType::WorksFor, {}),
    };
    g.relations[3].review = ReviewState::Verified;
    g.relations[4].userAdded = true;
    return g;
}

std::vector<EntityId> entityIds(const GraphData& g)
{
    std::vector<EntityId> ids;
    for (const auto& e : g.entities)
        ids.push_back(e.id);
    return ids;
}

std::vector<RelationId> relationIds(const GraphData& g)
{
    std::vector<RelationId> ids;
    for (const auto& r : g.relations)
        ids.push_back(r.id);
    return ids;
}

} // namespace

TEST_CASE("an empty filter keeps everything", "[graph][filter]")
{
    auto g = sample();
    auto out = applyFilter(g, GraphFilter{});
    CHECK(entityIds(out) == entityIds(g));
    CHECK(relationIds(out) == relationIds(g));
    CHECK(out.articles.size() == 3);
}

TEST_CASE("entity and relation types", "[graph][filter]")
{
    GraphFilter f;
    f.entityTypes = {EntityType::Company, EntityType::Investor};
    auto out = applyFilter(sample(), f);
    CHECK(entityIds(out) == std::vector<EntityId>{1, 2, 3, 4, 6, 7});
    CHECK(relationIds(out) == std::vector<RelationId>{11, 12, 14});

    GraphFilter r;
    r.relationTypes = {RelationType::InvestsIn};
    r.hideIsolated = true;
    CHECK(relationIds(applyFilter(sample(), r)) == std::vector<RelationId>{11, 12});
    CHECK(entityIds(applyFilter(sample(), r)) == std::vector<EntityId>{1, 2, 3, 4});
}

TEST_CASE("articles keep only their own evidence", "[graph][filter]")
{
    GraphFilter f;
    f.articles = {2};
    auto out = applyFilter(sample(), f);
    // 12 is from article 2; 13 keeps only its article-2 evidence; 15 is user-added.
    CHECK(relationIds(out) == std::vector<RelationId>{12, 13, 15});
    REQUIRE(out.relations[1].evidence.size() == 1);
    CHECK(out.relations[1].evidence[0].article == 2);
    CHECK(entityIds(out) == std::vector<EntityId>{2, 3, 4, 5, 8});
    REQUIRE(out.articles.size() == 1);
    CHECK(out.articles[0].id == 2);
}

TEST_CASE("outlets", "[graph][filter]")
{
    GraphFilter f;
    f.outlets = {"동아일보"};
    auto out = applyFilter(sample(), f);
    CHECK(relationIds(out) == std::vector<RelationId>{14, 15});
    CHECK(entityIds(out) == std::vector<EntityId>{2, 6, 7, 8});
}

TEST_CASE("date range uses the evidence date, else the publication date", "[graph][filter]")
{
    GraphFilter f;
    f.dateFrom = "2024";
    auto recent = applyFilter(sample(), f);
    // 11: event 2024-06; 13: article-1 evidence falls back to 2024-06-17; 14 is undated.
    CHECK(relationIds(recent) == std::vector<RelationId>{11, 13, 15});
    REQUIRE(recent.relations[1].evidence.size() == 1);
    CHECK(recent.relations[1].evidence[0].article == 1);

    GraphFilter old;
    old.dateFrom = "2019-01";
    old.dateTo = "2019-08";
    CHECK(relationIds(applyFilter(sample(), old)) == std::vector<RelationId>{12, 13, 15});

    GraphFilter exactDay;
    exactDay.dateFrom = "2024-06-17";
    exactDay.dateTo = "2024-06-17";
    // The event date "2024-06" is a month that contains the day, so it overlaps the range.
    CHECK(relationIds(applyFilter(sample(), exactDay)) == std::vector<RelationId>{11, 13, 15});
}

TEST_CASE("minimum amount in US dollars", "[graph][filter]")
{
    GraphFilter f;
    f.minAmountUsd = 97000000; // 1억달러 passes; 105억엔 in 2019 (109 yen a dollar: ~96.3M USD) does not
    auto out = applyFilter(sample(), f);
    CHECK(relationIds(out) == std::vector<RelationId>{11, 13, 14, 15});

    // The rate of the evidence's year counts, not the latest one.
    RateTable rates;
    rates.set("USD", 2019, 1);
    rates.set("JPY", 2019, 100);
    rates.set("JPY", 2024, 200);
    CHECK(relationIds(applyFilter(sample(), f, rates)) == std::vector<RelationId>{11, 12, 13, 14, 15});
    rates.set("JPY", 2019, 200);
    CHECK(relationIds(applyFilter(sample(), f, rates)) == std::vector<RelationId>{11, 13, 14, 15});
}

TEST_CASE("minimum mentions, degree, isolated nodes, verified only", "[graph][filter]")
{
    GraphFilter mentions;
    mentions.minMentions = 2;
    auto m = applyFilter(sample(), mentions);
    CHECK(entityIds(m) == std::vector<EntityId>{1, 2, 4, 5, 8}); // the user-added person is exempt
    CHECK(relationIds(m) == std::vector<RelationId>{11, 13, 15});

    GraphFilter degree;
    degree.minDegree = 2;
    auto d = applyFilter(sample(), degree);
    CHECK(entityIds(d) == std::vector<EntityId>{2});
    CHECK(d.relations.empty());

    GraphFilter isolated;
    isolated.hideIsolated = true;
    CHECK(entityIds(applyFilter(sample(), isolated)) == std::vector<EntityId>{1, 2, 3, 4, 5, 6, 8});

    GraphFilter verified;
    verified.verifiedOnly = true;
    verified.hideIsolated = true;
    auto v = applyFilter(sample(), verified);
    CHECK(relationIds(v) == std::vector<RelationId>{14});
    CHECK(entityIds(v) == std::vector<EntityId>{2, 6});
}

TEST_CASE("sparse entity ids filter like dense ones", "[graph][filter]")
{
    // Ids far apart make the filter look entities up by binary search instead of a dense table.
    auto g = sample();
    for (auto& e : g.entities)
        e.id *= 1'000'000;
    for (auto& r : g.relations) {
        r.source *= 1'000'000;
        r.target *= 1'000'000;
    }
    GraphFilter f;
    f.entityTypes = {EntityType::Company, EntityType::Investor};
    auto out = applyFilter(g, f);
    CHECK(entityIds(out) == std::vector<EntityId>{1'000'000, 2'000'000, 3'000'000, 4'000'000, 6'000'000, 7'000'000});
    CHECK(relationIds(out) == std::vector<RelationId>{11, 12, 14});
}

TEST_CASE("a relation to an unknown entity is left out", "[graph][filter]")
{
    auto g = sample();
    g.relations[0].target = 99; // e.g. a curation that removed the entity
    CHECK(relationIds(applyFilter(g, GraphFilter{})) == std::vector<RelationId>{12, 13, 14, 15});
}

TEST_CASE("a user-added relation keeps no evidence from articles outside the filter", "[graph][filter]")
{
    auto g = sample();
    g.relations[4].evidence = {evidence(1, 4), evidence(3, 1)};
    GraphFilter f;
    f.articles = {2};
    auto out = applyFilter(g, f);
    REQUIRE(relationIds(out) == std::vector<RelationId>{12, 13, 15});
    CHECK(out.relations[2].evidence.empty());
    CHECK(out.relations[2].userAdded);
    f.articles = {1, 2};
    out = applyFilter(g, f);
    REQUIRE(relationIds(out) == std::vector<RelationId>{11, 12, 13, 15});
    REQUIRE(out.relations[3].evidence.size() == 1);
    CHECK(out.relations[3].evidence[0].article == 1);
    CHECK(out.relations[2].evidence.size() == 2); // both of 13's articles pass: kept whole
}
