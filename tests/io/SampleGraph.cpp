// Invented names and sentences; ids deliberately not in insertion order.
#include "SampleGraph.h"

namespace newsgraph::core::testing {

namespace {

EvidenceRecord evidence(ArticleId article, std::string file, std::size_t sentence, std::string text)
{
    EvidenceRecord e;
    e.article = article;
    e.articleFile = std::move(file);
    e.sentenceIndex = sentence;
    e.sentence = std::move(text);
    return e;
}

} // namespace

GraphData sampleGraph()
{
    GraphData data;
    data.articles.push_back({1, "001_alpha.txt", "/corpus/001_alpha.txt", "\"한빛AI\" 1억달러 유치", "매일경제",
                             "2024-06-17", {"김기자"}, "aaaa"});
    data.articles.push_back({2, "002_beta.txt", "/corpus/002_beta.txt", "누리랩스, 협력", "", "", {}, "bbbb"});
    data.articles.push_back({3, "", "", "Title only, no file", "", "2023-01-02", {}, "cccc"});

    EntityRecord hanbit{1, "lex:hanbit", "한빛AI", EntityType::Company, {"Hanbit AI", "한빛 AI"}, 6, {1, 2}, false, 1.0};
    EntityRecord investor{2, "name:누리벤처스", "누리벤처스", EntityType::Investor, {}, 2, {1}, false, 0.9};
    EntityRecord person{3, "name:박하늘", "박하늘", EntityType::Person, {"하늘 박"}, 3, {1}, false, 1.0};
    EntityRecord quoted{4, "name:quote", "Quote \"Co\"\nLine2\tTab", EntityType::Company, {}, 1, {2}, true, 1.0};
    EntityRecord markup{5, "name:markup", "A, B & <C> 'd' \\ e", EntityType::Product, {"bad\xff" "byte"}, 1, {3},
                        false, 1.0};
    // Entities out of id order: exporters must sort.
    data.entities = {investor, hanbit, markup, person, quoted};

    RelationRecord invests;
    invests.id = 10;
    invests.source = 2;
    invests.target = 1;
    invests.type = RelationType::InvestsIn;
    invests.review = ReviewState::Verified;
    auto e1 = evidence(1, "001_alpha.txt", 4, "누리벤처스가 한빛AI에 약 1억달러(약 1300억원)를 \"투자\"했다.");
    e1.amount = Amount{100000000, "USD", "about", "약 1억달러", 130000000000.0, "KRW"};
    e1.date = "2024-06";
    e1.tense = Tense::Past;
    e1.confidence = 0.8;
    e1.trigger = "투자";
    invests.evidence = {e1};

    RelationRecord works;
    works.id = 11;
    works.source = 3;
    works.target = 1;
    works.type = RelationType::WorksFor;
    auto e2 = evidence(1, "001_alpha.txt", 2, "박하늘 한빛AI 대표는\n말했다.\x01");
    e2.role = "CEO";
    e2.confidence = 0.75;
    works.evidence = {e2};

    // The same symmetric fact stored in both directions: must be exported once with weight 2.
    RelationRecord partnersA;
    partnersA.id = 12;
    partnersA.source = 4;
    partnersA.target = 1;
    partnersA.type = RelationType::PartnersWith;
    partnersA.evidence = {evidence(2, "002_beta.txt", 1, "두 회사는 협력하기로 했다.")};
    RelationRecord partnersB = partnersA;
    partnersB.id = 13;
    partnersB.source = 1;
    partnersB.target = 4;
    partnersB.evidence = {evidence(3, "", 0, "Title-only evidence, \"quoted\".")};

    RelationRecord mentioned;
    mentioned.id = 14;
    mentioned.source = 5;
    mentioned.target = 1;
    mentioned.type = RelationType::MentionedWith;
    mentioned.note = "weak";
    mentioned.evidence = {evidence(3, "", 0, "A, B & <C> and 한빛AI."), evidence(3, "", 1, "Again.")};

    RelationRecord dangling;
    dangling.id = 15;
    dangling.source = 1;
    dangling.target = 999; // not an entity: must not reach any export
    dangling.type = RelationType::Uses;

    data.relations = {mentioned, invests, partnersB, works, partnersA, dangling};
    return data;
}

} // namespace newsgraph::core::testing
