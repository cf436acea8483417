// Relation rules for public money (subsidies, policy loans), stakes held, agencies under ministries, places
// before company descriptors, founders named by the passage's company and governors with their states.
// Names are made up so that the rules, not the lexicon, must find them.
#include "RelationExpectations.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("funds: a government's subsidy, grant or loan paid to a company", "[extract][relations][recall]")
{
    expectAll(RelationType::Funds,
              {
                  {"미래혁신부는 모아전자에 보조금 500억원을 지급하기로 했다.", "미래혁신부", "모아전자"},
                  {"모아전자는 미래혁신부로부터 보조금 300억원을 받는다.", "미래혁신부", "모아전자"},
                  {"누리시는 한빛모빌리티에 정책자금 30억원을 지원한다.", "누리시", "한빛모빌리티"},
                  {"미래혁신부는 한빛모빌리티에 2000억원을 대출하기로 했다.", "미래혁신부", "한빛모빌리티"},
                  {"미래혁신부는 모아전자에 12억달러 규모의 정책 대출을 승인했다.", "미래혁신부", "모아전자"},
                  {"누리시는 한빛모빌리티에 운영자금 50억원을 빌려주기로 했다.", "누리시", "한빛모빌리티"},
              });
    // Backing without a payment stays support.
    expectAll(RelationType::Supports,
              {
                  {"미래혁신부는 모아전자의 해외 진출을 지원한다.", "미래혁신부", "모아전자"},
                  {"누리시의 지원을 받은 한빛모빌리티는 공장을 늘렸다.", "누리시", "한빛모빌리티"},
              });
    expectNone(RelationType::Supports,
               {
                   {"미래혁신부는 모아전자에 보조금 500억원을 지급하기로 했다.", "미래혁신부", "모아전자"},
               });
    // "이 공장에": money for the site of the company the passage is about goes to that company.
    const Extraction site =
        testExtractor().extract(makeArticle({"모아전자는 판교에 반도체 공장을 짓는다.",
                                             "미래혁신부는 이 공장에 보조금 100억원을 지급하기로 했다."}));
    INFO(describeRelations(site));
    CHECK(hasRelation(site, RelationType::Funds, "미래혁신부", "모아전자"));
    // The sum paid is the funding's amount.
    const Extraction x = extractText("미래혁신부는 모아전자에 보조금 500억원을 지급하기로 했다.");
    const auto evidence = relationEvidence(x, RelationType::Funds, "미래혁신부", "모아전자");
    REQUIRE(evidence);
    REQUIRE(evidence->amount);
    CHECK(evidence->amount->value == 50000000000.0);
    CHECK(evidence->amount->currency == "KRW");
}

TEST_CASE("shareholder_of: stakes held in a relative clause, major shareholders of the passage's company",
          "[extract][relations][recall]")
{
    expectAll(
        RelationType::ShareholderOf,
        {
            {"누리홀딩스가 보유한 한빛모빌리티 지분은 35%에 이른다.", "누리홀딩스", "한빛모빌리티"},
            {"누리홀딩스가 갖고 있는 모아소프트 주식은 모두 처분됐다.", "누리홀딩스", "모아소프트"},
            {"모아소프트 최대주주인 누리홀딩스 관계자들이 행사에 참석했다.", "누리홀딩스", "모아소프트"},
        });
    const Extraction x = testExtractor().extract(makeArticle(
        {"게임사 모아소프트는 신작을 공개했다.", "최대주주인 김한결 의장도 출시 행사에 참석했다."}));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::ShareholderOf, "김한결", "모아소프트"));
    // Cash or a stake not named as a company's is no shareholding.
    expectNone(RelationType::ShareholderOf,
               {
                   {"누리홀딩스가 보유한 현금은 100억원이다.", "누리홀딩스", "모아소프트"},
               });
}

TEST_CASE("part_of: agencies under a ministry, with an alias or a describing copula",
          "[extract][relations][recall]")
{
    expectAll(RelationType::PartOf, {
                                        {"미래혁신부(MIF) 산하 한빛정보진흥원은 데이터 사업을 맡는다.",
                                         "한빛정보진흥원", "미래혁신부"},
                                        {"미래혁신부 소속 기관인 누리데이터진흥원은 전자기록을 관리한다.",
                                         "누리데이터진흥원", "미래혁신부"},
                                    });
}

TEST_CASE("located_in: a city before a company descriptor and the name", "[extract][relations][recall]")
{
    expectAll(RelationType::LocatedIn,
              {
                  {"판교의 게임 개발사 모아소프트는 신작을 공개했다.", "모아소프트", "판교"},
                  {"도쿄의 로봇 스타트업 한빛로보틱스는 투자를 유치했다.", "한빛로보틱스", "도쿄"},
                  {"서울의 핀테크 기업 누리페이는 흑자를 냈다.", "누리페이", "서울"},
              });
    // A country before a descriptor is nationality, not location.
    expectNone(RelationType::LocatedIn,
               {
                   {"미국의 반도체 기업 한빛세미콘은 감산에 들어갔다.", "한빛세미콘", "미국"},
                   {"한국 게임 개발사 모아소프트는 신작을 공개했다.", "모아소프트", "한국"},
               });
}

TEST_CASE("founded and works_for: a founder named after the passage's company",
          "[extract][relations][recall]")
{
    const Extraction x =
        testExtractor().extract(makeArticle({"로봇 스타트업 한빛로보틱스는 투자를 유치했다.",
                                             "창업자인 이수진 대표는 상장을 추진한다고 말했다."}));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::Founded, "이수진", "한빛로보틱스"));
    CHECK(hasRelation(x, RelationType::WorksFor, "이수진", "한빛로보틱스"));
}

TEST_CASE("persons: governors with the state between name and title", "[extract][entities][recall]")
{
    struct Case
    {
        const char* sentence;
        const char* person;
        const char* place;
    };
    for (const Case& c :
         {Case{"브라이언 켐프 조지아 주지사는 공장 기공식에 참석했다.", "브라이언 켐프", "조지아"},
          Case{"그레그 애벗 텍사스 주지사는 투자를 환영했다.", "그레그 애벗", "텍사스"},
          Case{"김영수 전남 도지사는 에너지 정책을 발표했다.", "김영수", "전남"}}) {
        const Extraction x = extractText(c.sentence);
        INFO(c.sentence);
        const ExtractedEntity* person = entityNamed(x, c.person);
        REQUIRE(person);
        CHECK(person->type == EntityType::Person);
        const ExtractedEntity* place = entityNamed(x, c.place);
        REQUIRE(place);
        CHECK(place->type == EntityType::Place);
    }
    // The title before the name: the word opening the phrase is the state, never a person.
    for (const auto& [sentence, place] : {std::pair{"조지아 주지사인 브라이언 켐프는 공장을 찾았다.", "조지아"},
                                          std::pair{"투자 발표 당일, 캔자스 주지사인 로라 켈리는 성명을 냈다.", "캔자스"}}) {
        const Extraction y = extractText(sentence);
        INFO(sentence);
        const ExtractedEntity* state = entityNamed(y, place);
        REQUIRE(state);
        CHECK(state->type == EntityType::Place);
    }
    const Extraction x = extractText("개빈 뉴섬 주지사는 법안에 서명했다.");
    const ExtractedEntity* person = entityNamed(x, "개빈 뉴섬");
    REQUIRE(person);
    CHECK(person->type == EntityType::Person);
}
