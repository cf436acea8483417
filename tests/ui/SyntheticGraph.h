// A small hand-made GraphData (Korean names, two articles, money with disagreeing amounts) for model tests.
#pragma once

#include "model/GraphData.h"

namespace newsgraph::test {

inline core::GraphData smallKoreanGraph()
{
    core::GraphData data;
    data.articles = {
        {1, "a.txt", "/corpus/a.txt", "사카나AI, 투자 유치", "매일경제", "2024-06-17", {"이덕주"}, "h1"},
        {2, "b.txt", "/corpus/b.txt", "일본 AI 스타트업", "한겨레", "2024-06-18", {"김기자", "박기자"}, "h2"},
    };
    auto entity = [](core::EntityId id, const char* key, const char* name, core::EntityType type,
                     std::vector<std::string> aliases, int mentions, std::vector<core::ArticleId> articles) {
        core::EntityRecord record;
        record.id = id;
        record.key = key;
        record.name = name;
        record.type = type;
        record.aliases = std::move(aliases);
        record.mentions = mentions;
        record.articles = std::move(articles);
        return record;
    };
    data.entities = {
        entity(1, "lex:sakana", "사카나AI", core::EntityType::Company, {"Sakana AI"}, 9, {1, 2}),
        entity(2, "lex:khosla", "코슬라벤처스", core::EntityType::Investor, {}, 3, {1}),
        entity(3, "lex:openai", "오픈AI", core::EntityType::Company, {"OpenAI"}, 4, {2}),
        entity(4, "name:도쿄", "도쿄", core::EntityType::Place, {}, 2, {1}),
        entity(5, "name:사카이", "사카이", core::EntityType::Person, {}, 1, {2}),
    };
    auto evidence = [](core::ArticleId article, std::size_t sentence, const char* text) {
        core::EvidenceRecord record;
        record.article = article;
        record.articleFile = article == 1 ? "a.txt" : "b.txt";
        record.sentenceIndex = sentence;
        record.sentence = text;
        return record;
    };
    core::RelationRecord invests;
    invests.id = 10;
    invests.source = 2;
    invests.target = 1;
    invests.type = core::RelationType::InvestsIn;
    invests.evidence = {evidence(1, 2, "코슬라벤처스가 사카나AI에 3000만달러를 투자했다."),
                        evidence(2, 4, "코슬라벤처스는 사카나AI에 4000만달러를 투자했다.")};
    invests.evidence[0].amount = core::Amount{30'000'000, "USD", "", "3000만달러", std::nullopt, ""};
    invests.evidence[1].amount = core::Amount{40'000'000, "USD", "", "4000만달러", std::nullopt, ""};
    core::RelationRecord located;
    located.id = 11;
    located.source = 1;
    located.target = 4;
    located.type = core::RelationType::LocatedIn;
    located.evidence = {evidence(1, 1, "도쿄에 본사를 둔 사카나AI는")};
    core::RelationRecord competes;
    competes.id = 12;
    competes.source = 1;
    competes.target = 3;
    competes.type = core::RelationType::CompetesWith;
    competes.evidence = {evidence(2, 5, "사카나AI는 오픈AI와 경쟁한다.")};
    data.relations = {invests, located, competes};
    return data;
}

} // namespace newsgraph::test
