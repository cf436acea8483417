// The hot-path scanning helpers give the very answers of the plain forms they replace.
#include "extract/CharIndex.h"
#include "extract/MatcherText.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"
#include "extract/english/EnglishScript.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace newsgraph::core;

namespace {

const std::vector<std::string_view> words{
    "", "장", "사장", "부사장", "회장", "시장", "성장", "대표이사", "대표", "CEO", "A", "AB", "가", "가가", "가나다", "에서는",
    "에서", "서", "했다", "한다", "x장", "장x", "삼성전자는", "ab장", "부", "외교부", "국방부장관",
};

} // namespace

TEST_CASE("hasPrefix and hasSuffix agree with starts_with and ends_with", "[extract][scan]")
{
    for (std::string_view word : words)
        for (std::string_view part : words) {
            INFO(std::string(word) << " / " << std::string(part));
            CHECK(hasPrefix(word, part) == word.starts_with(part));
            CHECK(hasSuffix(word, part) == word.ends_with(part));
        }
}

TEST_CASE("CharIndex candidates are the entries sharing the end letter, in table order", "[extract][scan]")
{
    const std::array<std::string_view, 8> table{"부사장", "사장", "회장", "대표", "씨", "CEO", "이사", "장"};
    const CharIndex<std::string_view> byLast(std::span<const std::string_view>(table), CharIndex<std::string_view>::End::Last,
                                             [](std::string_view t) { return t; });
    const CharIndex<std::string_view> byFirst(std::span<const std::string_view>(table), CharIndex<std::string_view>::End::First,
                                              [](std::string_view t) { return t; });
    for (std::string_view word : words) {
        std::vector<const std::string_view*> last, first;
        for (const auto& t : table) {
            if (!word.empty() && utf8::last(t) == utf8::last(word)) last.push_back(&t);
            if (!word.empty() && utf8::first(t) == utf8::first(word)) first.push_back(&t);
        }
        INFO(std::string(word));
        CHECK(byLast.candidates(word) == last);
        CHECK(byFirst.candidates(word) == first);
    }
}

TEST_CASE("particle sequences split into particles whole", "[extract][scan]")
{
    CHECK(matcher::isParticleSequence(""));
    CHECK(matcher::isParticleSequence("에서는"));
    CHECK(matcher::isParticleSequence("와의"));
    CHECK(matcher::isParticleSequence("이다"));
    CHECK_FALSE(matcher::isParticleSequence("뱅크"));
    CHECK_FALSE(matcher::isParticleSequence("리를"));
    CHECK(matcher::syllablesBeforeParticles("리를") == 1);
    CHECK(matcher::syllablesBeforeParticles("뱅크") == 2);
    // Longer than the stack buffer: 100 particles in a row.
    std::string many;
    for (int i = 0; i < 100; ++i) many += "에서";
    CHECK(matcher::isParticleSequence(many));
    CHECK_FALSE(matcher::isParticleSequence(many + "뱅"));
}

TEST_CASE("English sentences are told from Korean ones with Latin words", "[extract][scan]")
{
    CHECK(isEnglishSentence("Samsung Electronics said on Tuesday it would invest $1 billion."));
    CHECK_FALSE(isEnglishSentence("삼성전자는 화요일 Samsung Foundry Forum에서 새 공정을 발표했다."));
    // Hangul at the start is counted early; the Latin words after it still tip the balance.
    CHECK(isEnglishSentence("서울 Seoul Metropolitan Government announced a plan"));
    CHECK_FALSE(isEnglishSentence("서울시청 Seoul"));
    CHECK(isEnglishSentence("In Seoul (서울), the Metropolitan Government announced a new plan for housing"));
    CHECK_FALSE(isEnglishSentence("ABC"));
}
