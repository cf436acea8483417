// Recognising names no lexicon knows, from their shape and the words around them (held-out lessons in
// tests/fixtures/unseen-articles); every sentence here is invented and names nothing in that set.
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

TEST_CASE("towns after their state, districts after their city, states after their country", "[extract][entities]")
{
    expectEntity("미국 네바다주 리노에 공장을 세운다.", "네바다주", EntityType::Place);
    expectEntity("미국 네바다주 리노에 공장을 세운다.", "리노", EntityType::Place);
    expectEntity("서울 강동구에 본사를 뒀다.", "강동구", EntityType::Place);
    expectEntity("미국 네바다주 와슈카운티에 부지를 샀다.", "와슈카운티", EntityType::Place);
    expectNoEntity("미국 네바다주 일자리를 늘렸다.", "일자리");
    expectNoEntity("미국 네바다주 전역에 매장을 냈다.", "전역");
    expectNoEntity("미국 네바다주 여행에 나섰다.", "여행");
    expectNoEntity("서울 연구에 참여했다.", "연구");
    expectNoEntity("미국 성장주가 급락했다.", "성장주");
    expectNoEntity("미국 개인주주들이 반발했다.", "개인주주");
}

TEST_CASE("companies after descriptors, with company words and Latin forms", "[extract][entities]")
{
    expectEntity("석유회사 페트로닉스의 실적이 늘었다.", "페트로닉스", EntityType::Company);
    expectEntity("핀테크 스타트업인 머니로드는 투자를 받았다.", "머니로드", EntityType::Company);
    expectEntity("하루온테라퓨틱스는 임상을 시작했다.", "하루온테라퓨틱스", EntityType::Company);
    expectEntity("한국로봇산업협회는 보고서를 냈다.", "한국로봇산업협회", EntityType::Company);
    expectEntity("국립농업과학원은 품종을 개발했다.", "국립농업과학원", EntityType::Government);
    expectEntity("그는 델프트공대에서 연구했다.", "델프트공대", EntityType::Academia);
    expectEntity("카카오는 모비랩을 3억달러에 인수했다.", "모비랩", EntityType::Company);
    const Extraction x = testExtractor().extract(makeArticle(
        {"크래프트원은 게임 개발사 블루하버 스튜디오(Blue Harbor Studio)를 인수했다.", "블루하버는 신작을 준비하고 있다."}));
    const ExtractedEntity* full = entityNamed(x, "블루하버 스튜디오");
    REQUIRE(full);
    CHECK(full->type == EntityType::Company);
    CHECK(entityNamed(x, "블루하버") == full); // the short form later in the article is the same company
}

TEST_CASE("Latin product names after a product noun, transliterations after a descriptor", "[extract][entities]")
{
    expectEntity("시놉시스는 설계 도구 Flowgen.ai를 공개했다.", "Flowgen.ai", EntityType::Product);
    expectNoEntity("새 칩 GPU를 공개했다.", "GPU");
    expectEntity("장비 기업 세미트론은 상장을 추진한다.", "세미트론", EntityType::Company);
    expectNoEntity("기업 경쟁력은 떨어졌다.", "경쟁력");
}

TEST_CASE("companies listed with 와 before 등 and a company noun", "[extract][entities]")
{
    const std::string s = "페이온(PayOn)과 머니그램 등 송금 기업과의 경쟁이 치열하다.";
    expectEntity(s, "페이온", EntityType::Company);
    expectEntity(s, "머니그램", EntityType::Company);
}

TEST_CASE("common nouns that only look like organisations", "[extract][entities]")
{
    expectNoEntity("공사는 계획대로 진행됐다.", "계획대");
    expectNoEntity("그는 약학대학 학생이다.", "약학대학");
    expectNoEntity("새 정책이 시험대에 올랐다.", "시험대");
    expectNoEntity("그는 게임 스튜디오를 열었다.", "게임 스튜디오");
    expectNoEntity("정부는 재생에너지 보급을 늘린다.", "재생에너지");
    expectNoEntity("설악산 국립공원은 붐볐다.", "국립공원");
    expectNoEntity("미국 네바다주 소방관서에 구조됐다.", "소방관서");
    expectNoEntity("경찰은 이 업체 유독물관리책임자 등을 조사했다.", "유독물관리책임자");
    expectNoEntity("한 이동통신업체 광고다.", "광고다");
}

TEST_CASE("people whose names end like verbs, before bodies, after occupations, with cabinet titles",
          "[extract][entities]")
{
    expectEntity("김태한 누리전자 대표는 계획을 밝혔다.", "김태한", EntityType::Person);
    expectEntity("최민호 이사회 의장은 찬성했다.", "최민호", EntityType::Person);
    expectEntity("존 매튜스 교통장관은 법안을 설명했다.", "존 매튜스", EntityType::Person);
    expectEntity("에이미 콜린스 누리전자 연구개발(R&D) 총괄 부사장은 말했다.", "에이미 콜린스", EntityType::Person);
    const Extraction x = testExtractor().extract(
        makeArticle({"누리랩은 개발자 앤드루 콜린스가 설립한 회사다.", "콜린스 대표는 신작을 공개했다."}));
    const ExtractedEntity* person = entityNamed(x, "앤드루 콜린스");
    REQUIRE(person);
    CHECK(person->type == EntityType::Person);
    expectNoEntity("이끄는 대표는 없었다.", "이끄는");
    expectNoEntity("혁신을 강조한 대표는 자리를 떠났다.", "강조한");
    expectNoEntity("혁신을 강조한 누리전자 대표는 자리를 떠났다.", "강조한");
}

TEST_CASE("a bare ministry name follows the country the article writes it with", "[extract][entities]")
{
    Lexicon lexicon = placesLexicon();
    lexicon.add({"us-commerce", "미국 상무부", EntityType::Government, {"상무부"}, ""});
    lexicon.add({"cn-commerce", "중국 상무부", EntityType::Government, {}, ""});
    const RuleExtractor extractor(std::move(lexicon));
    const Extraction china = extractor.extract(makeArticle({"중국 상무부는 통제를 강화했다.", "상무부는 안보를 이유로 들었다."}));
    INFO(describeRelations(china));
    REQUIRE(entityNamed(china, "상무부"));
    CHECK(entityNamed(china, "상무부")->name == "중국 상무부");
    CHECK(entityNamed(china, "미국 상무부") == nullptr);
    const Extraction us = extractor.extract(makeArticle({"상무부는 보조금을 발표했다."}));
    REQUIRE(entityNamed(us, "상무부"));
    CHECK(entityNamed(us, "상무부")->name == "미국 상무부");
    // Both countries named: the bare form keeps the lexicon's reading rather than guess.
    const Extraction both = extractor.extract(makeArticle({"미국 상무부와 중국 상무부가 만났다.", "상무부는 성명을 냈다."}));
    REQUIRE(entityNamed(both, "상무부"));
    CHECK(entityNamed(both, "상무부")->name == "미국 상무부");
}
