// Character features, UTF-8 decoding, lexicon matching and organisation sub-type rules.
#include "extract/ner/CharFeatures.h"
#include "extract/ner/NerLexicon.h"
#include "extract/ner/SpanSubtyper.h"
#include "extract/ner/Utf8Text.h"

#include <catch2/catch.hpp>

#include <set>

using namespace newsgraph::core::ner;

TEST_CASE("UTF-8 decoding keeps byte offsets and survives invalid bytes", "[ner]")
{
    const auto t = Utf8Text::decode("가A 나");
    REQUIRE(t.chars == std::vector<char32_t>{U'가', U'A', U' ', U'나'});
    CHECK(t.offsets == std::vector<std::size_t>{0, 3, 4, 5, 8});
    const auto bad = Utf8Text::decode(std::string("a\xff") + "b");
    REQUIRE(bad.chars.size() == 3);
    CHECK(bad.chars[1] == U'\uFFFD');
    CHECK(bad.offsets.back() == 3);
    const auto cut = Utf8Text::decode(std::string("\xea\xb0")); // truncated 가
    CHECK(cut.chars.size() == 2);
}

TEST_CASE("character classes", "[ner]")
{
    CHECK(charClass(U'한') == CharClass::Hangul);
    CHECK(charClass(U'A') == CharClass::Upper);
    CHECK(charClass(U'z') == CharClass::Lower);
    CHECK(charClass(U'7') == CharClass::Digit);
    CHECK(charClass(U' ') == CharClass::Space);
    CHECK(charClass(U'美') == CharClass::Hanja);
    CHECK(charClass(U',') == CharClass::Punct);
}

TEST_CASE("particle suffixes are found at the end of an eojeol, keeping a stem", "[ner]")
{
    auto suffix = [](std::u32string_view word) {
        const std::vector<char32_t> chars(word.begin(), word.end());
        int id = 0;
        return particleSuffixLength(chars, 0, chars.size(), &id);
    };
    CHECK(suffix(U"서울에서") == 2);
    CHECK(suffix(U"카카오가") == 1);
    CHECK(suffix(U"정부는") == 1);
    CHECK(suffix(U"가") == 0); // a lone particle-like char is a stem
    CHECK(suffix(U"서울") == 0);
}

TEST_CASE("feature extraction gives every character its own deterministic features", "[ner]")
{
    const CharFeatures features(nullptr);
    const auto text = Utf8Text::decode("박씨는 16명을 만났다");
    SentenceFeatures a, b;
    features.extract(text.chars, a);
    features.extract(text.chars, b);
    REQUIRE(a.size() == text.chars.size());
    CHECK(a.hashes == b.hashes);
    CHECK(a.offsets == b.offsets);
    for (std::size_t i = 0; i < a.size(); ++i)
        CHECK(a.offsets[i + 1] - a.offsets[i] >= 20);
    // Two positions with different characters share the bias feature but not their unigram sets.
    const std::set<std::uint32_t> first(a.hashes.begin() + a.offsets[0], a.hashes.begin() + a.offsets[1]);
    const std::set<std::uint32_t> second(a.hashes.begin() + a.offsets[1], a.hashes.begin() + a.offsets[2]);
    CHECK(first != second);
    CHECK(first.contains(a.hashes[0]));
    CHECK(second.contains(a.hashes[0]));
    // Digits see the unit after them: "16명" and "16원" differ at the digits.
    const auto other = Utf8Text::decode("박씨는 16원을 만났다");
    SentenceFeatures c;
    features.extract(other.chars, c);
    const std::set<std::uint32_t> digitA(a.hashes.begin() + a.offsets[4], a.hashes.begin() + a.offsets[5]);
    const std::set<std::uint32_t> digitC(c.hashes.begin() + c.offsets[4], c.hashes.begin() + c.offsets[5]);
    CHECK(digitA != digitC);
    SentenceFeatures empty;
    features.extract({}, empty);
    CHECK(empty.size() == 0);
}

TEST_CASE("lexicon matches whole words, longest first, and adds features", "[ner]")
{
    const auto lexicon = NerLexicon::fromEntries({{"카카오", "company"}, {"카카오뱅크", "company"}, {"서울", "place"}});
    const auto text = Utf8Text::decode("카카오뱅크가 서울에서 한서울");
    const auto matches = lexicon.match(text.chars);
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].begin == 0);
    CHECK(matches[0].end == 5);
    CHECK(matches[0].cls == LexiconClass::Organisation);
    CHECK(matches[1].begin == 7);
    CHECK(matches[1].cls == LexiconClass::Location);
    CHECK(lexicon.find("서울") >= 0);
    CHECK(lexicon.find("부산") < 0);

    SentenceFeatures with, without;
    CharFeatures(&lexicon).extract(text.chars, with);
    CharFeatures(nullptr).extract(text.chars, without);
    CHECK(with.hashes.size() > without.hashes.size());
}

TEST_CASE("sub-type suffix rules", "[ner]")
{
    CHECK(subtypeBySuffix(U"코슬라벤처스", "OG") == "investor");
    CHECK(subtypeBySuffix(U"도쿄대", "OG") == "academia");
    CHECK(subtypeBySuffix(U"과학기술정보통신부", "OG") == "government");
    CHECK(subtypeBySuffix(U"동아일보", "OG") == "media");
    CHECK(subtypeBySuffix(U"업스테이지", "OG") == "company");
    CHECK(subtypeBySuffix(U"도쿄", "LC") == "place");
    // An untrained classifier has no evidence and falls back to the rules; investors win over it anyway.
    const SpanSubtyper untrained;
    CHECK(untrained.classify(U"한국경제신문", U"은", "OG", nullptr) == "media");
    CHECK(untrained.classify(U"알토스벤처스", U"는", "OG", nullptr) == "investor");
    CHECK(untrained.classify(U"서울", U"에", "PS", nullptr).empty());
}
