// Relation patterns on invented news sentences: active, passive, relative clauses, coordination,
// appositions and titles. Names are made up so that the rules, not the lexicon, must find them.
#include "RelationExpectations.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("invests_in: active, passive, apposition, coordination", "[extract][relations]")
{
    expectAll(RelationType::InvestsIn, {
        {"블루웨일벤처스는 네오픽셀랩스에 50억원을 투자했다.", "블루웨일벤처스", "네오픽셀랩스"},
        {"네오픽셀랩스는 블루웨일벤처스로부터 100억원의 투자를 유치했다.", "블루웨일벤처스", "네오픽셀랩스"},
        {"한빛전자는 지난해 모아소프트에 지분 투자를 단행했다.", "한빛전자", "모아소프트"},
        {"모아소프트 투자사인 한빛전자는 올해 실적을 발표했다.", "한빛전자", "모아소프트"},
        {"네오픽셀랩스는 한빛전자의 투자를 받았다.", "한빛전자", "네오픽셀랩스"},
        {"블루웨일벤처스와 그린힐파트너스는 네오픽셀랩스에 각각 30억원을 투자하기로 했다.", "그린힐파트너스", "네오픽셀랩스"},
        {"한빛전자는 일본에 2억달러를 투자해 공장을 짓는다.", "한빛전자", "일본"},
        {"누리전자는 모아소프트에 300억원을 출자했다.", "누리전자", "모아소프트"},
    });
}

TEST_CASE("invests_in carries amount, date and tense", "[extract][relations]")
{
    const Extraction x = extractText("블루웨일벤처스는 지난해 10월 네오픽셀랩스에 50억원을 투자하기로 했다.");
    INFO(describeRelations(x));
    const auto ev = relationEvidence(x, RelationType::InvestsIn, "블루웨일벤처스", "네오픽셀랩스");
    REQUIRE(ev.has_value());
    REQUIRE(ev->amount.has_value());
    CHECK(ev->amount->currency == "KRW");
    CHECK(ev->amount->value == Approx(5e9));
    CHECK(ev->date == "2023-10");
    CHECK(ev->tense == Tense::Planned);
    CHECK(ev->trigger == "투자");
}

TEST_CASE("funds: research money to universities", "[extract][relations]")
{
    expectAll(RelationType::Funds, {
        {"한빛전자는 한결대학교에 연구비 10억원을 지원했다.", "한빛전자", "한결대학교"},
        {"모아소프트는 한결대학교의 연구자금을 지원하기로 했다.", "모아소프트", "한결대학교"},
        {"한빛전자가 한결대학교에 5년간 100억원 투자 계획을 밝혔다.", "한빛전자", "한결대학교"},
        {"모아소프트와 한빛전자는 한결대학교와 누리대학교의 연구자금을 지원하는 데 각각 1000만달러를 투입하기로 했다.",
         "한빛전자", "누리대학교"},
        {"한빛전자는 누리대학교에 장학금을 기부했다.", "한빛전자", "누리대학교"},
    });
}

TEST_CASE("founded: verbs, relative clauses and founder titles", "[extract][relations]")
{
    expectAll(RelationType::Founded, {
        {"김민준 대표는 2015년 네오픽셀랩스를 창업했다.", "김민준", "네오픽셀랩스"},
        {"네오픽셀랩스 창업자 김민준 대표는 투자 유치에 나섰다.", "김민준", "네오픽셀랩스"},
        {"네오픽셀랩스를 설립한 김민준 대표는 기술 개발을 강조했다.", "김민준", "네오픽셀랩스"},
        {"박서준 모아소프트 공동창업자는 해외 진출을 준비하고 있다.", "박서준", "모아소프트"},
        {"이서연 씨는 2019년 스타트업 루미웍스를 세웠다.", "이서연", "루미웍스"},
    });
}

TEST_CASE("works_for: titles before and after names, joining, past roles", "[extract][relations]")
{
    expectAll(RelationType::WorksFor, {
        {"김민준 네오픽셀랩스 대표는 올해 매출이 늘었다고 말했다.", "김민준", "네오픽셀랩스"},
        {"다나카 히로시 한빛전자 사장(54)은 신제품을 소개했다.", "다나카 히로시", "한빛전자"},
        {"이서연 씨는 올해 모아소프트에 입사했다.", "이서연", "모아소프트"},
        {"박서준 전 한빛전자 회장은 주주총회에 참석했다.", "박서준", "한빛전자"},
        {"한빛전자에서 10년간 근무한 최지훈 연구원은 창업을 준비하고 있다.", "최지훈", "한빛전자"},
        {"모아소프트의 정하늘 부사장은 해외 사업을 맡고 있다.", "정하늘", "모아소프트"},
    });
    const Extraction x = extractText("박서준 전 한빛전자 회장은 주주총회에 참석했다.");
    const auto ev = relationEvidence(x, RelationType::WorksFor, "박서준", "한빛전자");
    REQUIRE(ev.has_value());
    CHECK(ev->tense == Tense::Past);
    CHECK(ev->role == "chairman");
    const Extraction ceo = extractText("김민준 네오픽셀랩스 최고경영자(CEO)는 계획을 밝혔다.");
    const auto ceoEvidence = relationEvidence(ceo, RelationType::WorksFor, "김민준", "네오픽셀랩스");
    REQUIRE(ceoEvidence.has_value());
    CHECK(ceoEvidence->role == "CEO");
}

TEST_CASE("part_of: 산하, subsidiaries, labs, 거느린", "[extract][relations]")
{
    expectAll(RelationType::PartOf, {
        {"과학기술정보통신부 산하 정보통신정책연구원은 보고서를 냈다.", "정보통신정책연구원", "과학기술정보통신부"},
        {"한빛전자 자회사인 한빛모빌리티는 전기차를 만든다.", "한빛모빌리티", "한빛전자"},
        {"한빛전자와 한빛건설을 거느린 한빛그룹은 사업을 재편했다.", "한빛건설", "한빛그룹"},
        {"누리대학교 미래기술연구소는 새 연구 결과를 발표했다.", "미래기술연구소", "누리대학교"},
        {"네오픽셀랩스의 연구조직인 네오리서치랩스는 논문을 발표했다.", "네오리서치랩스", "네오픽셀랩스"},
    });
}

TEST_CASE("spun_off_from: 분사, 분할, relative clauses", "[extract][relations]")
{
    expectAll(RelationType::SpunOffFrom, {
        {"네오리서치랩스는 2019년 네오픽셀랩스에서 분사했다.", "네오리서치랩스", "네오픽셀랩스"},
        {"모아소프트에서 분사한 모아AI는 투자를 유치했다.", "모아AI", "모아소프트"},
        {"루미웍스는 한빛전자로부터 분사해 설립됐다.", "루미웍스", "한빛전자"},
        {"한결로보틱스는 지난해 누리전자에서 분사한 뒤 성장했다.", "한결로보틱스", "누리전자"},
        {"코어랩스는 모아소프트에서 분할돼 출범했다.", "코어랩스", "모아소프트"},
    });
}

TEST_CASE("acquires: active, passive, relative clause, quoted target", "[extract][relations]")
{
    expectAll(RelationType::Acquires, {
        {"한빛전자는 모아소프트를 3000억원에 인수했다.", "한빛전자", "모아소프트"},
        {"모아소프트는 한빛전자에 인수됐다.", "한빛전자", "모아소프트"},
        {"한빛전자가 인수한 모아소프트는 흑자로 돌아섰다.", "한빛전자", "모아소프트"},
        {"네오픽셀랩스는 ‘루미웍스’를 인수하고 사업을 넓혔다.", "네오픽셀랩스", "루미웍스"},
        {"한빛그룹은 지난달 누리전자를 사들였다.", "한빛그룹", "누리전자"},
    });
}

TEST_CASE("located_in: headquarters, location verbs, offices named with places", "[extract][relations]")
{
    expectAll(RelationType::LocatedIn, {
        {"서울에 본사를 둔 네오픽셀랩스는 해외 진출을 준비한다.", "네오픽셀랩스", "서울"},
        {"판교에 위치한 모아소프트는 인력을 채용한다.", "모아소프트", "판교"},
        {"도쿄에서 설립된 스타트업 루미웍스는 투자를 받았다.", "루미웍스", "도쿄"},
        {"서울 강남의 ‘네오픽셀랩스’ 사무실에서 직원들을 만났다.", "네오픽셀랩스", "서울"},
        {"서울 소재 한빛전자는 공장을 늘렸다.", "한빛전자", "서울"},
    });
}

TEST_CASE("office_in: offices, branches and subsidiaries opened in places", "[extract][relations]")
{
    expectAll(RelationType::OfficeIn, {
        {"모아소프트는 도쿄에 지사를 열었다.", "모아소프트", "도쿄"},
        {"한빛전자는 미국 실리콘밸리에 연구소를 설립했다.", "한빛전자", "실리콘밸리"},
        {"네오픽셀랩스가 일본에 현지 법인을 설립하기로 했다.", "네오픽셀랩스", "일본"},
        {"모아소프트는 서울에 사무소를 개설했다.", "모아소프트", "서울"},
        {"한빛전자는 싱가포르에 아시아 거점을 마련했다.", "한빛전자", "싱가포르"},
    });
}

TEST_CASE("supports: only governments support", "[extract][relations]")
{
    expectAll(RelationType::Supports, {
        {"네오픽셀랩스는 한국 정부의 지원을 받았다.", "한국 정부", "네오픽셀랩스"},
        {"과학기술정보통신부는 네오픽셀랩스를 지원하기로 했다.", "과학기술정보통신부", "네오픽셀랩스"},
        {"미국 정부가 모아소프트를 지원한다.", "미국 정부", "모아소프트"},
        {"한빛전자는 중소벤처기업부의 지원을 받아 공장을 지었다.", "중소벤처기업부", "한빛전자"},
        {"일본 정부는 스타트업 루미웍스를 적극 지원했다.", "일본 정부", "루미웍스"},
    });
    expectNone(RelationType::Supports, {{"한빛전자는 모아소프트를 지원했다.", "한빛전자", "모아소프트"}});
}

TEST_CASE("partners_with: comitative, coordinated subjects, lists", "[extract][relations]")
{
    expectAll(RelationType::PartnersWith, {
        {"네오픽셀랩스는 한빛전자와 업무협약(MOU)을 체결했다.", "네오픽셀랩스", "한빛전자"},
        {"한빛전자와 모아소프트는 자율주행 분야에서 협력하기로 했다.", "한빛전자", "모아소프트"},
        {"모아소프트는 한빛전자, 누리전자 등 국내 기업들과 협업하고 있다.", "모아소프트", "누리전자"},
        {"한빛전자가 모아소프트와 손잡았다.", "한빛전자", "모아소프트"},
        {"네오픽셀랩스는 모아소프트와 전략적 파트너십을 맺었다.", "네오픽셀랩스", "모아소프트"},
    });
    expectNone(RelationType::PartnersWith, {{"한빛전자, 누리전자 등 대기업의 협력 요청이 이어지고 있다.", "한빛전자", "누리전자"}});
}

TEST_CASE("competes_with: comitative, coordination, apposition", "[extract][relations]")
{
    expectAll(RelationType::CompetesWith, {
        {"모아소프트는 한빛전자와 경쟁하고 있다.", "모아소프트", "한빛전자"},
        {"네오픽셀랩스는 모아소프트와 시장에서 맞붙는다.", "네오픽셀랩스", "모아소프트"},
        {"한빛전자와 누리전자는 반도체 시장에서 치열하게 경쟁하고 있다.", "한빛전자", "누리전자"},
        {"모아소프트 같은 한국 스타트업이 한빛전자와 경쟁한다.", "모아소프트", "한빛전자"},
        {"한빛전자 경쟁사인 누리전자는 신제품을 내놓았다.", "누리전자", "한빛전자"},
    });
}

TEST_CASE("develops: products by verbs, relative clauses and genitives", "[extract][relations]")
{
    expectAll(RelationType::Develops, {
        {"모아소프트는 AI 모델 ‘루미나’를 개발했다.", "모아소프트", "루미나"},
        {"챗봇 ‘하루’를 개발한 모아소프트는 투자를 받았다.", "모아소프트", "하루"},
        {"모아소프트가 개발한 챗봇 ‘하루’는 인기를 끌었다.", "모아소프트", "하루"},
        {"네오픽셀랩스의 생성형 AI 모델 ‘픽셀젠’은 성능이 뛰어나다.", "네오픽셀랩스", "픽셀젠"},
        {"한빛전자는 지난달 스마트폰 ‘갤럭시아’를 출시했다.", "한빛전자", "갤럭시아"},
    });
}

TEST_CASE("uses: products adopted by organisations", "[extract][relations]")
{
    expectAll(RelationType::Uses, {
        {"누리은행은 챗봇 ‘하루’를 고객 상담에 활용하고 있다.", "누리은행", "하루"},
        {"한빛전자, 모아소프트 등 국내 기업들도 업무에 서비스 ‘하루’를 도입했다.", "모아소프트", "하루"},
        {"과학기술정보통신부는 챗봇 ‘하루’를 민원 업무에 적용했다.", "과학기술정보통신부", "하루"},
        {"누리대학교는 연구에 플랫폼 ‘클라우디아’를 사용한다.", "누리대학교", "클라우디아"},
        {"한빛전자는 앱 ‘하루’를 채택했다.", "한빛전자", "하루"},
    });
}

TEST_CASE("shareholder_of: 주주로 참여, 지분 보유, 대주주", "[extract][relations]")
{
    expectAll(RelationType::ShareholderOf, {
        {"한빛그룹에는 김민준 대표 등이 주주로 참여하고 있다.", "김민준", "한빛그룹"},
        {"모아소프트는 한빛전자의 지분을 보유하고 있다.", "모아소프트", "한빛전자"},
        {"한빛전자의 대주주인 모아소프트는 배당을 늘렸다.", "모아소프트", "한빛전자"},
        {"누리전자는 한빛전자의 최대주주로 올라섰다.", "누리전자", "한빛전자"},
        {"루미웍스에는 한빛전자와 모아소프트가 주주로 참여했다.", "모아소프트", "루미웍스"},
    });
}

TEST_CASE("mentioned_with links names sharing a sentence", "[extract][relations]")
{
    const Extraction x = extractText("한빛전자와 모아소프트의 실적이 발표됐다.");
    CHECK(hasRelation(x, RelationType::MentionedWith, "한빛전자", "모아소프트"));
}

TEST_CASE("byline sentences give only the reporter's works_for", "[extract][relations]")
{
    Article a = makeArticle({"한빛전자는 모아소프트에 50억원을 투자했다.", "김보람 기자 boram@example.co.kr"});
    a.sentences[1].kind = SentenceKind::Byline;
    a.metadata.outlet = "누리일보";
    a.metadata.reporters.push_back({"김보람", "boram@example.co.kr", "기자", "김보람 기자 boram@example.co.kr"});
    const Extraction x = testExtractor().extract(a);
    INFO(describeRelations(x));
    const auto ev = relationEvidence(x, RelationType::WorksFor, "김보람", "누리일보");
    REQUIRE(ev.has_value());
    CHECK(ev->sentenceIndex == 1);
    const ExtractedEntity* outlet = entityNamed(x, "누리일보");
    REQUIRE(outlet);
    CHECK(outlet->type == EntityType::Media);
    for (const auto& r : x.relations)
        if (r.type != RelationType::WorksFor) CHECK(r.evidence.sentenceIndex == 0);
}

TEST_CASE("investors joining a round of the company the passage is about", "[extract][relations]")
{
    const Extraction x = testExtractor().extract(makeArticle({
        "네오픽셀랩스는 100억원 규모의 시리즈B 투자를 유치했다고 밝혔다.",
        "이번 투자에는 블루웨일벤처스와 그린힐파트너스가 참여했다.",
    }));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::InvestsIn, "블루웨일벤처스", "네오픽셀랩스"));
    CHECK(hasRelation(x, RelationType::InvestsIn, "그린힐파트너스", "네오픽셀랩스"));
}

TEST_CASE("a person leading an organisation's project works for it", "[extract][relations]")
{
    const Extraction x = testExtractor().extract(makeArticle({
        "최지훈 박사(45)는 올해 귀국했다.",
        "미국 기업에서 일했던 그는 이제 한빛전자의 자율주행 프로젝트를 이끌고 있다.",
    }));
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::WorksFor, "최지훈", "한빛전자"));
}

TEST_CASE("a Korean name, an unnamed organisation and a title", "[extract][relations]")
{
    const Extraction x = extractText("홍길동 네오랩 대표는 투자 계획을 밝혔다.");
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::WorksFor, "홍길동", "네오랩"));
    const Extraction department = extractText("이서연 컨설팅 팀장은 설명했다.");
    INFO(describeRelations(department));
    CHECK(entityNamed(department, "컨설팅") == nullptr);
}

TEST_CASE("founder titles with a copula before the name", "[extract][relations]")
{
    const Extraction x = extractText("모아소프트의 공동창업자인 다니엘 리는 회사를 떠났다.");
    INFO(describeRelations(x));
    CHECK(hasRelation(x, RelationType::Founded, "다니엘 리", "모아소프트"));
}

TEST_CASE("names listed before 등 and a company noun are companies", "[extract][relations]")
{
    const Extraction x = extractText("도요타, 인텔, 엔비디아 등 글로벌 기업들과 협업하고 있다.");
    INFO(describeRelations(x));
    for (const char* name : {"도요타", "인텔", "엔비디아"}) {
        const ExtractedEntity* e = entityNamed(x, name);
        REQUIRE(e);
        CHECK(e->type == EntityType::Company);
    }
}

TEST_CASE("no relations from common nouns or sayings", "[extract][relations]")
{
    expectNone(RelationType::InvestsIn, {{"日 대학에 투자하는 美 기업들", "미국", "일본"}});
    expectNone(RelationType::Uses, {{"한빛전자는 “모아소프트를 활용해야 한다”고 말했다.", "한빛전자", "모아소프트"}});
    const Extraction x = extractText("한빛전자, 누리전자 등 현지 대기업은 물론 글로벌 기업들의 협력 러브콜이 이어지고 있다.");
    INFO(describeRelations(x));
    for (const auto& r : x.relations) CHECK(r.type == RelationType::MentionedWith);
}

TEST_CASE("locations and partnerships need the right phrase", "[extract][relations]")
{
    // The hall is in New York, not the company that holds an event there.
    expectNone(RelationType::LocatedIn,
               {{"한빛전자는 서울 강남에 위치한 공연장에서 신제품을 공개했다.", "한빛전자", "서울"}});
    // A comma list says each card company has partners, not that they partner each other.
    expectNone(RelationType::PartnersWith,
               {{"현재 누리은행, 한결은행이 제휴를 맺고 정보를 제공하는 업체는 1천여개다.", "누리은행", "한결은행"}});
    expectAll(RelationType::PartnersWith, {{"누리은행과 한결은행이 제휴를 맺었다.", "누리은행", "한결은행"}});
}
