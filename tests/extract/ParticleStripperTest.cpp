// Particle stripping: longest particle first, phonological fit, protected names, argument roles.
#include "extract/ParticleStripper.h"
#include "extract/SentenceTokens.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

namespace {
void expectStrip(std::string_view word, std::string_view stem, std::string_view particle, ArgumentRole role)
{
    INFO(word);
    const StrippedWord w = ParticleStripper::strip(word);
    CHECK(w.stem == stem);
    CHECK(w.particle == particle);
    CHECK(w.role == role);
}
} // namespace

TEST_CASE("particles after names are split off with their role", "[extract][particles]")
{
    expectStrip("사카나AI에", "사카나AI", "에", ArgumentRole::Dative);
    expectStrip("오픈AI가", "오픈AI", "가", ArgumentRole::Subject);
    expectStrip("엔비디아와", "엔비디아", "와", ArgumentRole::Comitative);
    expectStrip("카카오로부터", "카카오", "로부터", ArgumentRole::Source);
    expectStrip("테라드론의", "테라드론", "의", ArgumentRole::Genitive);
    expectStrip("PFN은", "PFN", "은", ArgumentRole::Topic);
    expectStrip("리프마인드가", "리프마인드", "가", ArgumentRole::Subject);
    expectStrip("아마존에서", "아마존", "에서", ArgumentRole::Source);
    expectStrip("도쿄대학을", "도쿄대학", "을", ArgumentRole::Object);
    expectStrip("마이크로소프트를", "마이크로소프트", "를", ArgumentRole::Object);
    expectStrip("투자사인", "투자사", "인", ArgumentRole::Copula);
    expectStrip("테라그룹에는", "테라그룹", "에는", ArgumentRole::Dative);
    expectStrip("요코스카시는", "요코스카시", "는", ArgumentRole::Topic);
    expectStrip("체이너라는", "체이너", "라는", ArgumentRole::Copula);
    expectStrip("올트먼도", "올트먼", "도", ArgumentRole::Topic);
    expectStrip("과기정통부와의", "과기정통부", "와의", ArgumentRole::Comitative);
}

TEST_CASE("a particle must fit the last syllable", "[extract][particles]")
{
    // 이/은/을/과 need a final consonant, 가/는/를/와 need none: name-final syllables stay.
    expectStrip("카카오페이", "카카오페이", "", ArgumentRole::None);
    expectStrip("엔비디아", "엔비디아", "", ArgumentRole::None);
    expectStrip("삼성", "삼성", "", ArgumentRole::None);
    expectStrip("구글은", "구글", "은", ArgumentRole::Topic);
    expectStrip("구글는", "구글는", "", ArgumentRole::None);
    expectStrip("서울로", "서울", "로", ArgumentRole::Direction); // ㄹ takes 로
    expectStrip("도쿄로", "도쿄", "로", ArgumentRole::Direction);
    expectStrip("한국으로", "한국", "으로", ArgumentRole::Direction);
}

TEST_CASE("known names keep syllables that look like particles", "[extract][particles]")
{
    const auto known = [](std::string_view w) { return w == "하세가와" || w == "홋카이도"; };
    CHECK(ParticleStripper::strip("하세가와", known).stem == "하세가와");
    CHECK(ParticleStripper::strip("하세가와의", known).stem == "하세가와");
    CHECK(ParticleStripper::strip("홋카이도에", known).stem == "홋카이도");
    CHECK(ParticleStripper::strip("하세가와", {}).stem == "하세가");
}

TEST_CASE("particles written after a closing mark belong to the phrase before it", "[extract][particles]")
{
    const auto tokens = tokenizeSentence("프리퍼드네트워크스(PFN)은 ‘루미나’를 개발했다.");
    REQUIRE(tokens.size() >= 9);
    CHECK(tokens[0].stem == "프리퍼드네트워크스");
    CHECK(tokens[2].text == "PFN");
    CHECK(tokens[4].stem.empty());
    CHECK(tokens[4].role == ArgumentRole::Topic);
    CHECK(tokens[6].stem == "루미나"); // not 루미 + 나: a quote closes the word
    CHECK(tokens[8].role == ArgumentRole::Object);
}

TEST_CASE("tokens keep numbers and split punctuation", "[extract][particles]")
{
    const auto tokens = tokenizeSentence("약 1,300억원(약 1억달러)을, ‘AI’·로봇");
    std::vector<std::string> texts;
    for (const auto& t : tokens) texts.emplace_back(t.text);
    CHECK(texts == std::vector<std::string>{"약", "1,300억원", "(", "약", "1억달러", ")", "을", ",", "‘", "AI", "’", "·", "로봇"});
    CHECK(tokens[2].punct == PunctKind::OpenParen);
    CHECK(tokens[11].punct == PunctKind::MiddleDot);
}
