// Relation rules added for generalisation: former employers, title copulas, hiring and leaving, giving
// verbs with funds, received funds, selling, staff and owners standing for their organisation, co-agents,
// rival lists, place chains. Names are made up so that the rules, not the lexicon, must find them.
#include "RelationExpectations.h"
#include "text/ArticleReader.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("works_for: former employers (출신), affiliations (소속) and title appositions", "[extract][relations][rules]")
{
    expectAll(RelationType::WorksFor, {
        {"한빛전자 출신 엔지니어 김민수 씨는 창업을 준비한다.", "김민수", "한빛전자"},
        {"한빛전자 임원 출신인 박영수 대표는 모아소프트를 이끈다.", "박영수", "한빛전자"},
        {"박영수 대표는 한빛전자 출신이다.", "박영수", "한빛전자"},
        {"누리전자 소속 김민수 연구원은 논문을 냈다.", "김민수", "누리전자"},
        {"모아소프트 최고기술책임자(CTO)인 이민호 박사는 논문을 발표했다.", "이민호", "모아소프트"},
    });
    const Extraction x = extractText("한빛전자 출신 엔지니어 김민수 씨는 창업을 준비한다.");
    const auto ev = relationEvidence(x, RelationType::WorksFor, "김민수", "한빛전자");
    REQUIRE(ev.has_value());
    CHECK(ev->tense == Tense::Past);
    // Where someone studied is not where they worked.
    expectNone(RelationType::WorksFor, {
        {"한결대학교 출신 박영수 대표는 모아소프트를 창업했다.", "박영수", "한결대학교"},
    });
}

TEST_CASE("works_for: hiring, appointing, leaving and titles held", "[extract][relations][rules]")
{
    expectAll(RelationType::WorksFor, {
        {"모아소프트는 최근 한빛전자 출신 김민수 씨를 영입했다.", "김민수", "모아소프트"},
        {"한빛전자는 신임 사장으로 박영수 부사장을 선임했다.", "박영수", "한빛전자"},
        {"김영희 씨는 지난해 한빛전자를 퇴사했다.", "김영희", "한빛전자"},
        {"박준형 대표는 누리전자를 떠나 모아소프트를 창업했다.", "박준형", "누리전자"},
        {"누리전자 사장을 지낸 박준형 대표는 투자사를 세웠다.", "박준형", "누리전자"},
        {"박준형 씨는 한빛전자에서 자율주행 소프트웨어를 개발한다.", "박준형", "한빛전자"},
    });
    // A company hired is not an employee.
    expectNone(RelationType::WorksFor, {
        {"한빛전자는 모아소프트를 영입했다.", "모아소프트", "한빛전자"},
    });
}

TEST_CASE("founded: founders' other titles; founders' titles alone are not employment", "[extract][relations][rules]")
{
    expectAll(RelationType::Founded, {
        {"최민지 대표는 2019년 물류 스타트업 트럭랩스를 차렸다.", "최민지", "트럭랩스"},
        {"한빛전자는 누리전자와 함께 모아소프트를 설립했다.", "누리전자", "모아소프트"},
    });
    expectAll(RelationType::WorksFor, {
        {"모아소프트의 창업자 이재훈 대표는 해외 진출을 서두른다.", "이재훈", "모아소프트"},
    });
    expectNone(RelationType::WorksFor, {
        {"모아소프트 공동창업자인 이재훈 씨는 새 회사를 세웠다.", "이재훈", "모아소프트"},
    });
}

TEST_CASE("funds and invests_in: giving verbs, received funds, owners of the funded work", "[extract][relations][rules]")
{
    expectAll(RelationType::Funds, {
        {"누리전자는 한결대학교에 연구비를 대기로 했다.", "누리전자", "한결대학교"},
        {"한빛전자는 한결대학교에 해마다 후원금을 내고 있다.", "한빛전자", "한결대학교"},
        {"누리대학교 연구팀은 한빛전자로부터 연구비를 받아 실험을 마쳤다.", "한빛전자", "누리대학교"},
        {"한빛전자는 한결대학교의 배터리 연구에 30억원을 지원한다.", "한빛전자", "한결대학교"},
    });
    expectAll(RelationType::InvestsIn, {
        {"네오픽셀랩스는 블루웨일벤처스로부터 투자금을 받았다.", "블루웨일벤처스", "네오픽셀랩스"},
        {"블루웨일벤처스는 네오픽셀랩스에 자금을 댔다.", "블루웨일벤처스", "네오픽셀랩스"},
        {"블루웨일벤처스는 모아소프트에 200억원을 투입했다.", "블루웨일벤처스", "모아소프트"},
        {"한빛전자는 모아소프트의 신사업에 100억원을 투자했다.", "한빛전자", "모아소프트"},
        {"모아소프트는 한빛전자와 그린힐파트너스 등으로부터 80억원을 유치했다.", "한빛전자", "모아소프트"},
        {"모아소프트는 그린힐파트너스 등 3개 투자사에서 50억원의 투자를 받았다.", "그린힐파트너스", "모아소프트"},
    });
    // A giving verb without money is not funding.
    expectNone(RelationType::Funds, {
        {"한빛전자는 한결대학교에 의견을 냈다.", "한빛전자", "한결대학교"},
    });
}

TEST_CASE("supports: backing phrases, projects owned by the backed, local governments", "[extract][relations][rules]")
{
    expectAll(RelationType::Supports, {
        {"누리시는 모아소프트의 공장 증설을 행정적으로 뒷받침한다.", "누리시", "모아소프트"},
        {"누리시는 모아소프트 같은 지역 기업 육성을 지원한다.", "누리시", "모아소프트"},
        {"누리시는 모아소프트에 행정 지원을 아끼지 않겠다고 밝혔다.", "누리시", "모아소프트"},
        {"누리시의 지원 아래 모아소프트는 연구소를 세웠다.", "누리시", "모아소프트"},
        {"누리시는 모아소프트를 전폭적으로 밀어주고 있다.", "누리시", "모아소프트"},
    });
}

TEST_CASE("acquires: selling names the buyer", "[extract][relations][rules]")
{
    expectAll(RelationType::Acquires, {
        {"한빛전자는 모아소프트를 누리그룹에 매각했다.", "누리그룹", "모아소프트"},
        {"누리그룹에 매각된 모아소프트는 경영진을 바꿨다.", "누리그룹", "모아소프트"},
    });
    expectNone(RelationType::Acquires, {
        {"한빛전자는 모아소프트를 누리그룹에 매각했다.", "한빛전자", "모아소프트"},
    });
}

TEST_CASE("competes_with and partners_with: lists, owners of compared things, challengers", "[extract][relations][rules]")
{
    expectAll(RelationType::CompetesWith, {
        {"한빛전자와 누리전자, 모아전자는 국내 시장에서 경쟁하고 있다.", "누리전자", "모아전자"},
        {"한빛전자의 칩은 누리전자의 칩과 경쟁한다.", "한빛전자", "누리전자"},
        {"누리전자는 한빛전자를 바짝 추격하고 있다.", "누리전자", "한빛전자"},
        {"모아소프트는 한빛전자에 도전장을 내밀었다.", "모아소프트", "한빛전자"},
    });
    expectAll(RelationType::PartnersWith, {
        {"한빛전자와 누리전자, 모아전자는 컨소시엄을 구성했다.", "누리전자", "모아전자"},
    });
    // A comma list of partners says each has partners, not that they partner each other.
    expectNone(RelationType::PartnersWith, {
        {"한빛전자, 누리전자, 모아전자가 각각 제휴를 맺었다.", "누리전자", "모아전자"},
    });
}

TEST_CASE("part_of and located_in: describing words, 계열사로, 기반, place chains", "[extract][relations][rules]")
{
    expectAll(RelationType::PartOf, {
        {"한빛그룹은 한빛전자와 한빛건설을 계열사로 두고 있다.", "한빛건설", "한빛그룹"},
        {"한빛그룹 계열의 소프트웨어 기업 한빛소프트는 상장을 추진한다.", "한빛소프트", "한빛그룹"},
        {"과학기술정보통신부 산하 공공기관인 정보통신정책연구원은 보고서를 냈다.", "정보통신정책연구원", "과학기술정보통신부"},
    });
    expectAll(RelationType::LocatedIn, {
        {"서울 기반의 물류 기업 해운넷은 매출이 늘었다.", "해운넷", "서울"},
        {"누리전자는 서울 강남구에 본사를 두고 있다.", "누리전자", "서울"},
        // An address names the district as well as its city (PlaceDistricts): both are where the firm is.
        {"누리전자는 서울 강남구에 본사를 두고 있다.", "누리전자", "강남구"},
    });
    // A district reached through an apposition is description, not the address; nor is a neighbourhood.
    expectNone(RelationType::LocatedIn, {
        {"한빛전자는 도쿄 중심지인 지요다구 오테마치에 본사를 두고 있다.", "한빛전자", "지요다구"},
        {"누리전자는 서울 서초구 양재동에 본사를 두고 있다.", "누리전자", "양재동"},
    });
}

TEST_CASE("uses and develops: staff stand for their organisation, objects are the nearest", "[extract][relations][rules]")
{
    expectAll(RelationType::Uses, {
        {"누리은행 직원들은 보고서 작성에 AI 서비스 ‘모아봇’을 쓴다.", "누리은행", "모아봇"},
    });
    expectNone(RelationType::Develops, {
        {"한빛전자는 ‘모아봇’을 활용해 배경 이미지를 만든다.", "한빛전자", "모아봇"},
    });
}

TEST_CASE("works_for from English bylines: reporters work for the outlet named", "[extract][relations][rules][byline]")
{
    auto article = ArticleReader().readBytes("Nvidia to invest in Japanese AI startup\n\nBy Jane Doe and John Roe, Reuters\n\n"
                                             "Nvidia said on Monday it would invest in a Tokyo startup.\n\n"
                                             "The deal values the company at about $1 billion, people familiar with the matter said.\n",
                                             "wire.txt");
    REQUIRE(article);
    const Extraction x = testExtractor().extract(*article);
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::WorksFor, "Jane Doe", "Reuters"));
    CHECK(hasRelation(x, RelationType::WorksFor, "John Roe", "Reuters"));
    const ExtractedEntity* outlet = entityNamed(x, "Reuters");
    REQUIRE(outlet);
    CHECK(outlet->type == EntityType::Media);

    // Capitals in the byline, the outlet from the copyright line.
    auto footer = ArticleReader().readBytes("Samsung unveils new chip\n\nBY JANE DOE\n\n"
                                            "Samsung Electronics on Tuesday unveiled a new memory chip for servers.\n\n"
                                            "The company said mass production would begin next year.\n\n"
                                            "Copyright 2025 The Korea Herald. All rights reserved.\n",
                                            "herald.txt");
    REQUIRE(footer);
    const Extraction y = testExtractor().extract(*footer);
    INFO(describeRelations(y));
    CHECK(hasRelation(y, RelationType::WorksFor, "Jane Doe", "The Korea Herald"));
}

TEST_CASE("invests_in: round leaders (주도로) and investors joining a round (라운드)", "[extract][relations][rules][round]")
{
    expectAll(RelationType::InvestsIn, {
        {"핀테크 스타트업 모아소프트가 누리벤처스 주도로 200억원 규모의 시리즈A 투자를 유치했다.", "누리벤처스", "모아소프트"},
    });
    const Extraction x = testExtractor().extract(makeArticle(
        {"모아소프트가 누리벤처스 주도로 200억원 규모의 시리즈A 투자를 유치했다.", "이번 라운드에는 한빛인베스트먼트도 참여했다."}));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::InvestsIn, "한빛인베스트먼트", "모아소프트"));
    const Extraction joined = testExtractor().extract(makeArticle(
        {"모아소프트가 누리벤처스 주도로 200억원 규모의 시리즈A 투자를 유치했다.", "한빛인베스트먼트가 새로 참여했다."}));
    INFO(describeRelations(joined));
    CHECK(hasRelation(joined, RelationType::InvestsIn, "한빛인베스트먼트", "모아소프트"));
    const Extraction followOn = testExtractor().extract(makeArticle(
        {"모아소프트가 200억원 규모의 시리즈A 투자를 유치했다.", "기존 투자사인 누리벤처스도 후속 투자에 나섰다."}));
    INFO(describeRelations(followOn));
    CHECK(hasRelation(followOn, RelationType::InvestsIn, "누리벤처스", "모아소프트"));
    // Leading a project is not investing in it.
    expectNone(RelationType::InvestsIn, {
        {"한빛전자 주도로 모아소프트는 새 칩을 개발했다.", "한빛전자", "모아소프트"},
    });
}

TEST_CASE("partners_with: agreements (계약) with a named party", "[extract][relations][rules]")
{
    expectAll(RelationType::PartnersWith, {
        {"모아소프트는 5일 한빛전자와 라이선스 계약을 맺었다고 밝혔다.", "모아소프트", "한빛전자"},
        {"앞서 누리전자는 모아소프트와 기술 계약을 체결했다.", "누리전자", "모아소프트"},
    });
}

TEST_CASE("works_for: public-office titles ending a compound (정책관, 과장, 차관보)", "[extract][relations][rules]")
{
    expectAll(RelationType::WorksFor, {
        {"김민수 한빛전자 정보통신산업정책관은 \"성과가 크다\"고 말했다.", "김민수", "한빛전자"},
        {"박영수 모아소프트 반도체정책과장은 계획을 밝혔다.", "박영수", "모아소프트"},
    });
}

TEST_CASE("located_in: a sentence-initial 회사는 stands for the article's company", "[extract][relations][rules]")
{
    const Extraction x = testExtractor().extract(
        makeArticle({"모아소프트는 새 공장을 짓는다고 밝혔다.", "회사는 서울 강남구에 본사를 두고 있다."}));
    INFO(describeRelations(x));
    CHECK((hasRelation(x, RelationType::LocatedIn, "모아소프트", "강남구") ||
           hasRelation(x, RelationType::LocatedIn, "모아소프트", "서울")));
}

TEST_CASE("works_for: a minister's title names the ministry (상무장관 -> 상무부)", "[extract][relations][rules]")
{
    const Extraction x = testExtractor().extract(
        makeArticle({"미국 상무부는 보조금 지급을 미뤘다.", "하워드 러트닉 상무장관은 청문회에서 입장을 밝혔다."}));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::WorksFor, "하워드 러트닉", "상무부"));
    // A bare 장관 says nothing about which ministry.
    const Extraction bare = testExtractor().extract(
        makeArticle({"미국 상무부는 보조금 지급을 미뤘다.", "하워드 러트닉 장관은 청문회에서 입장을 밝혔다."}));
    CHECK_FALSE(hasRelation(bare, RelationType::WorksFor, "하워드 러트닉", "상무부"));
}

TEST_CASE("acquires: a buyer left unsaid is the company the passage is about", "[extract][relations][rules]")
{
    const Extraction x = testExtractor().extract(makeArticle(
        {"모아소프트는 해외 개발사 인수를 이어가고 있다.", "앞서 2021년 한빛게임즈를 5억달러에 인수했고, 지난해에는 누리스튜디오를 인수했다."}));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::Acquires, "모아소프트", "한빛게임즈"));
    CHECK(hasRelation(x, RelationType::Acquires, "모아소프트", "누리스튜디오"));
    // A company only mentioned in the previous sentence is not the buyer of an unattributed purchase.
    const Extraction other = testExtractor().extract(makeArticle(
        {"드론은 중국 DJI가 하드웨어에서 앞서나갔다.", "일단 측량 업체 ‘한빛랩스’를 인수하고 기술 차별화에 힘썼다."}));
    CHECK_FALSE(hasRelation(other, RelationType::Acquires, "DJI", "한빛랩스"));
}

TEST_CASE("located_in: headquarters after a founder clause, and where a company was founded", "[extract][relations][rules]")
{
    expectAll(RelationType::LocatedIn, {
        {"모아소프트는 한빛대 출신 김민수 대표가 창업한 회사로, 서울 강남구에 본사를 두고 있다.", "모아소프트", "서울"},
        {"모아소프트는 2023년 김민수 대표가 서울 강남구에 세운 스타트업이다.", "모아소프트", "강남구"},
    });
    // People have no headquarters.
    expectNone(RelationType::LocatedIn, {
        {"모아소프트는 한빛대 출신 김민수 대표가 창업한 회사로, 서울 강남구에 본사를 두고 있다.", "김민수", "서울"},
    });
}

TEST_CASE("partners_with: the owners of a joint venture named in the genitive", "[extract][relations][rules]")
{
    expectAll(RelationType::PartnersWith, {
        {"에너지부는 같은 달 한빛전자와 누리모터스의 합작사 모아배터리에도 대출을 확정했다.", "한빛전자", "누리모터스"},
    });
}

TEST_CASE("works_for: running a business at an organisation (X에서 … 총괄)", "[extract][relations][rules]")
{
    expectAll(RelationType::WorksFor, {
        {"김민수 대표는 모아소프트에서 해외사업을 총괄하다 독립했다.", "김민수", "모아소프트"},
    });
}
