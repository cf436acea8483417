// Entity recognisers and resolution within an article: suffixes, titles, quotes, parentheses, short forms.
#include "ExtractionTestSupport.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {
void expectEntity(const std::string& sentence, const std::string& name, EntityType type)
{
    const Extraction x = extractText(sentence);
    INFO(sentence << "\n" << describeRelations(x));
    const ExtractedEntity* e = entityNamed(x, name);
    REQUIRE(e);
    CHECK(e->type == type);
}
void expectNoEntity(const std::string& sentence, const std::string& name)
{
    const Extraction x = extractText(sentence);
    INFO(sentence << "\n" << describeRelations(x));
    CHECK(entityNamed(x, name) == nullptr);
}
} // namespace

TEST_CASE("organisations by their ending", "[extract][entities]")
{
    expectEntity("블루웨일벤처스는 올해 펀드를 조성했다.", "블루웨일벤처스", EntityType::Investor);
    expectEntity("그린힐캐피탈이 투자에 참여했다.", "그린힐캐피탈", EntityType::Investor);
    expectEntity("한결대학교 연구진이 논문을 냈다.", "한결대학교", EntityType::Academia);
    expectEntity("그는 와세다대 출신이다.", "와세다대", EntityType::Academia);
    expectEntity("문부과학성은 지침을 발표했다.", "문부과학성", EntityType::Government);
    expectEntity("중소벤처기업부가 예산을 늘렸다.", "중소벤처기업부", EntityType::Government);
    expectEntity("요코스카시는 챗봇을 도입했다.", "요코스카시", EntityType::Government);
    expectEntity("한빛텔레콤은 요금을 내렸다.", "한빛텔레콤", EntityType::Company);
    expectEntity("누리자동차가 신차를 공개했다.", "누리자동차", EntityType::Company);
    expectEntity("한빛홀딩스는 배당을 결정했다.", "한빛홀딩스", EntityType::Company);
}

TEST_CASE("common nouns with organisation endings are not names", "[extract][entities]")
{
    expectNoEntity("MZ세대 직원들이 회사를 옮겼다.", "MZ세대");
    expectNoEntity("인공지능 시대가 열렸다.", "인공지능 시대");
    expectNoEntity("사상 최대 규모다.", "최대");
    expectNoEntity("당시 경영학부 학생이었다.", "경영학부");
    expectNoEntity("정부는 지원을 늘렸다.", "정부");
    expectNoEntity("새 제품 출시가 늦어졌다.", "출시");
    expectNoEntity("생성형AI를 도입했다.", "생성형AI");
    expectNoEntity("다나카 히로시 한빛전자 사장은 말했다.", "히로시");
}

TEST_CASE("people from titles, Korean and foreign names", "[extract][entities]")
{
    expectEntity("김민준 대표는 계획을 밝혔다.", "김민준", EntityType::Person);
    expectEntity("이서연 한결대학교 교수는 설명했다.", "이서연", EntityType::Person);
    expectEntity("다나카 히로시 한빛전자 사장(54)은 말했다.", "다나카 히로시", EntityType::Person);
    expectEntity("창업자 일리언 존스는 논문을 썼다.", "일리언 존스", EntityType::Person);
    expectEntity("신충국 씨(26)는 전했다.", "신충국", EntityType::Person);
    const Extraction x = testExtractor().extract(
        makeArticle({"도쿄의 ‘리프마인드’ 사무실을 찾았다.", "미무로 유키 리프마인드 컨설팅 팀장(26)은 소개했다."}));
    INFO(describeRelations(x));
    const ExtractedEntity* mimuro = entityNamed(x, "미무로 유키");
    REQUIRE(mimuro);
    CHECK(mimuro->type == EntityType::Person);
    CHECK(hasRelation(x, RelationType::WorksFor, "미무로 유키", "리프마인드"));
    expectNoEntity("한 대기업 관계자는 설명했다.", "대기업");
}

TEST_CASE("quoted names take their type from the descriptor", "[extract][entities]")
{
    expectEntity("모아소프트는 모델 ‘루미나’를 공개했다.", "루미나", EntityType::Product);
    expectEntity("드론 측량 1위 업체 ‘스카이맵’의 대표를 만났다.", "스카이맵", EntityType::Company);
    expectEntity("서울의 ‘픽셀웨이’ 사무실에서 만났다.", "픽셀웨이", EntityType::Company);
    expectEntity("한빛전자는 ‘미래 테크 콘퍼런스’를 열었다.", "미래 테크 콘퍼런스", EntityType::Event);
    expectNoEntity("스스로를 ‘DoT’ 업체라고 소개했다.", "DoT");
    expectNoEntity("‘괜찮은’ 스타트업이라는 신호다.", "괜찮은");
}

TEST_CASE("parenthetical forms become aliases of one entity", "[extract][entities]")
{
    const Extraction x = testExtractor().extract(makeArticle({
        "도쿄의 AI 스타트업 ‘프리퍼드네트웍스(PFN)’를 찾았다.",
        "PFN은 2014년 분사했다.",
        "엘지(LG)유플러스의 모델을 썼다.",
        "오픈소스 소프트웨어인 체이너(Chainer)라는 기술을 가졌다.",
    }));
    INFO(describeRelations(x));
    const ExtractedEntity* pfn = entityNamed(x, "프리퍼드네트웍스");
    REQUIRE(pfn);
    CHECK(entityNamed(x, "PFN") == pfn);
    const ExtractedEntity* uplus = entityNamed(x, "엘지유플러스");
    REQUIRE(uplus);
    CHECK(entityNamed(x, "LG유플러스") == uplus);
    const ExtractedEntity* chainer = entityNamed(x, "체이너");
    REQUIRE(chainer);
    CHECK(chainer->type == EntityType::Product);
    CHECK(entityNamed(x, "Chainer") == chainer);
    std::size_t pfnMentions = 0;
    for (const auto& m : x.mentions)
        if (m.entityKey == pfn->key) ++pfnMentions;
    CHECK(pfnMentions == 2);
}

TEST_CASE("short forms refer to the full name seen earlier", "[extract][entities]")
{
    const Extraction x = testExtractor().extract(makeArticle({
        "박대훈 박사(컴퓨터공학·40)는 귀국했다.",
        "박 박사가 돌아온 것은 구애 때문이다.",
        "다나카 히로시 한빛전자 사장은 계획을 밝혔다.",
        "다나카 사장은 투자를 늘리겠다고 했다.",
    }));
    INFO(describeRelations(x));
    std::size_t people = 0;
    for (const auto& e : x.entities)
        if (e.type == EntityType::Person) ++people;
    CHECK(people == 2);
    const ExtractedEntity* park = entityNamed(x, "박대훈");
    REQUIRE(park);
    CHECK(park->key == "name:박대훈");
    std::size_t parkMentions = 0;
    for (const auto& m : x.mentions)
        if (m.entityKey == park->key) ++parkMentions;
    CHECK(parkMentions == 2);
}

TEST_CASE("countries and governments", "[extract][entities]")
{
    expectEntity("일본 정부는 지원을 약속했다.", "일본 정부", EntityType::Government);
    expectEntity("일본정부 전폭적으로 지원", "일본 정부", EntityType::Government);
    expectEntity("조 바이든 행정부는 정상회담을 열었다.", "바이든 행정부", EntityType::Government);
    const Extraction x = extractText("중국인 연구자들이 한국에서 일한다.");
    CHECK(entityNamed(x, "중국") == nullptr); // a demonym, not the country
    CHECK(entityNamed(x, "한국") != nullptr);
}

TEST_CASE("keys are stable across articles", "[extract][entities]")
{
    const Extraction a = extractText("블루웨일벤처스는 펀드를 만들었다.");
    const Extraction b = extractText("투자사 블루웨일 벤처스가 참여했다.");
    const ExtractedEntity* first = entityNamed(a, "블루웨일벤처스");
    REQUIRE(first);
    bool same = false;
    for (const auto& e : b.entities) same = same || e.key == first->key;
    CHECK(same);
}

TEST_CASE("known companies written with 사 and 측", "[extract][entities]")
{
    Lexicon lexicon = placesLexicon();
    lexicon.add({"apple", "애플", EntityType::Company, {"Apple"}, ""});
    lexicon.add({"hanbit", "한빛전자", EntityType::Company, {}, ""});
    const RuleExtractor extractor(std::move(lexicon));
    const Extraction x = extractor.extract(makeArticle({"애플사는 한빛전자에 부품을 주문했다.", "한빛전자 측은 애플사와 협력한다고 밝혔다."}));
    INFO(describeRelations(x));
    const ExtractedEntity* apple = entityNamed(x, "애플");
    REQUIRE(apple);
    std::size_t appleMentions = 0;
    for (const auto& m : x.mentions)
        if (m.entityKey == apple->key) {
            ++appleMentions;
            CHECK(m.surface == "애플");
        }
    CHECK(appleMentions == 2);
    CHECK(hasRelation(x, RelationType::PartnersWith, "한빛전자", "애플"));
}

TEST_CASE("a minister's ministry ends the name before it, even one the ending rules refuse", "[extract][entities]")
{
    // 행정부 alone is an administration ("바이든 행정부"), so the ending rules refuse it; before 장관 it is a ministry.
    expectEntity("박영희 지방행정부 장관은 회의를 열었다.", "박영희", EntityType::Person);
    expectEntity("박영희 지방행정부 장관은 회의를 열었다.", "지방행정부", EntityType::Government);
    expectNoEntity("박영희 지방행정부 장관은 회의를 열었다.", "박영희 지방행정부");
    // A foreign name ending in 부 is no ministry.
    expectEntity("도쿠가와 요시노부 장관은 회의를 열었다.", "도쿠가와 요시노부", EntityType::Person);
}

TEST_CASE("a person in parentheses after an organisation is its officer, not its alias", "[extract][entities]")
{
    expectEntity("부산지검 형사2부(이정민 부장검사)는 전 대표를 구속 기소했다.", "이정민", EntityType::Person);
    expectEntity("한결전자(대표 오세훈)는 매출 목표를 올렸다.", "오세훈", EntityType::Person);
    // Two names of one organisation stay one entity.
    const Extraction x = extractText("마이크로소프트(MS)는 새 모델을 공개했다.");
    REQUIRE(entityNamed(x, "MS") != nullptr);
    CHECK(entityNamed(x, "MS") == entityNamed(x, "마이크로소프트"));
    CHECK(x.entities.size() == 1);
}
