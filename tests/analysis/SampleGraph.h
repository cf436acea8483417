// A small hand-made graph shared by the analysis tests.
#pragma once

#include "model/GraphData.h"

namespace newsgraph::core::test {

inline Amount amount(double value, const char* currency)
{
    Amount a;
    a.value = value;
    a.currency = currency;
    return a;
}

inline EvidenceRecord evidence(ArticleId article, const char* file, std::optional<Amount> money, const char* date = "")
{
    EvidenceRecord e;
    e.article = article;
    e.articleFile = file;
    e.amount = std::move(money);
    e.date = date;
    return e;
}

// 1 VC --invests_in--> 2 Startup (1억달러 in a.txt, again in b.txt); 3 Toyota --invests_in--> 4 PFN (105억 엔);
// 5 University <--funds-- 1; 2 --partners_with-- 4.
inline GraphData sampleGraph()
{
    GraphData g;
    auto article = [](ArticleId id, const char* file, const char* outlet, const char* date) {
        ArticleRecord a;
        a.id = id;
        a.fileName = file;
        a.outlet = outlet;
        a.publishedDate = date;
        return a;
    };
    g.articles = {article(1, "a.txt", "매일경제", "2024-06-10"), article(2, "b.txt", "한겨레", "2024-07-01"),
                  article(3, "c.txt", "동아일보", "2018-01-10")};
    auto entity = [](EntityId id, const char* key, const char* name, EntityType type) {
        EntityRecord e;
        e.id = id;
        e.key = key;
        e.name = name;
        e.type = type;
        return e;
    };
    g.entities = {entity(1, "vc", "코슬라벤처스", EntityType::Investor),
                  entity(2, "startup", "사카나AI", EntityType::Company),
                  entity(3, "toyota", "도요타", EntityType::Company),
                  entity(4, "pfn", "PFN", EntityType::Company),
                  entity(5, "uw", "워싱턴대", EntityType::Academia)};
    auto relation = [](RelationId id, EntityId source, EntityId target, RelationType type,
                       std::vector<EvidenceRecord> evidence) {
        RelationRecord r;
        r.id = id;
        r.source = source;
        r.target = target;
        r.type = type;
        r.evidence = std::move(evidence);
        return r;
    };
    g.relations = {
        relation(1, 1, 2, RelationType::InvestsIn,
                 {evidence(1, "a.txt", amount(1e8, "USD")), evidence(2, "b.txt", amount(1e8, "USD"))}),
        relation(2, 3, 4, RelationType::InvestsIn, {evidence(3, "c.txt", amount(105e8, "JPY"), "2017-08")}),
        relation(3, 1, 5, RelationType::Funds, {evidence(1, "a.txt", std::nullopt)}),
        relation(4, 2, 4, RelationType::PartnersWith, {evidence(2, "b.txt", std::nullopt)}),
    };
    return g;
}

} // namespace newsgraph::core::test
