// BIO constraints of the Viterbi decoder and the tag set.
#include "extract/ner/NerTagSet.h"
#include "extract/ner/ViterbiDecoder.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core::ner;

namespace {

bool wellFormed(const std::vector<int>& tags)
{
    for (std::size_t i = 0; i < tags.size(); ++i)
        if (isInside(tags[i]) && (i == 0 || !transitionAllowed(tags[i - 1], tags[i])))
            return false;
    return true;
}

} // namespace

TEST_CASE("tag names round-trip and follow the KLUE spelling", "[ner]")
{
    CHECK(tagCount == 13);
    for (int t = 0; t < tagCount; ++t)
        CHECK(tagFromName(tagName(t)) == t);
    CHECK(tagName(beginTag(*entityTypeIndex("OG"))) == "B-OG");
    CHECK(tagName(insideTag(*entityTypeIndex("QT"))) == "I-QT");
    CHECK_FALSE(tagFromName("B-XX").has_value());
    CHECK_FALSE(tagFromName("B-").has_value());
}

TEST_CASE("transition rules: I-X only after B-X or I-X, never first", "[ner]")
{
    const int bPs = beginTag(0), iPs = insideTag(0), iLc = insideTag(1);
    CHECK(transitionAllowed(bPs, iPs));
    CHECK(transitionAllowed(iPs, iPs));
    CHECK_FALSE(transitionAllowed(0, iPs));
    CHECK_FALSE(transitionAllowed(bPs, iLc));
    CHECK(transitionAllowed(iPs, bPs));
    CHECK_FALSE(startAllowed(iPs));
    CHECK(startAllowed(bPs));
}

TEST_CASE("Viterbi never outputs an ill-formed BIO sequence, even when emissions ask for one", "[ner]")
{
    const std::size_t n = 4;
    std::vector<float> emissions(n * tagCount, 0.0f);
    // Position 0 wants I-PS (forbidden at the start), position 2 wants I-LC after a B-PS.
    emissions[0 * tagCount + insideTag(0)] = 10;
    emissions[1 * tagCount + beginTag(0)] = 5;
    emissions[2 * tagCount + insideTag(1)] = 10;
    emissions[3 * tagCount + 0] = 1;
    const TransitionScores none;
    const auto tags = viterbiDecode(emissions, n, none);
    REQUIRE(tags.size() == n);
    CHECK(wellFormed(tags));
    CHECK(tags[0] != insideTag(0));
    CHECK((tags[2] != insideTag(1) || tags[1] == beginTag(1) || tags[1] == insideTag(1)));
}

TEST_CASE("Viterbi follows emissions when they are consistent and margins are positive", "[ner]")
{
    const std::size_t n = 3;
    std::vector<float> emissions(n * tagCount, 0.0f);
    emissions[0 * tagCount + beginTag(2)] = 3;
    emissions[1 * tagCount + insideTag(2)] = 3;
    emissions[2 * tagCount + 0] = 3;
    std::vector<float> margins;
    const auto tags = viterbiDecodeWithMargins(emissions, n, TransitionScores{}, margins);
    CHECK(tags == std::vector<int>{beginTag(2), insideTag(2), 0});
    REQUIRE(margins.size() == n);
    for (const float m : margins)
        CHECK(m > 0);
    CHECK(viterbiDecode(emissions, 0, TransitionScores{}).empty());
}

TEST_CASE("spans cutting a Latin word are dropped, others kept", "[ner]")
{
    const std::u32string text = U"World 삼성";
    const std::vector<char32_t> chars(text.begin(), text.end());
    const int bPs = beginTag(0), iPs = insideTag(0), bOg = beginTag(2), iOg = insideTag(2);
    std::vector<int> tags{bPs, iPs, 0, 0, 0, 0, bOg, iOg};
    dropSpansInsideLatinWords(chars, tags);
    CHECK(tags == std::vector<int>{0, 0, 0, 0, 0, 0, bOg, iOg});
    std::vector<int> whole{bOg, iOg, iOg, iOg, iOg, 0, 0, 0};
    dropSpansInsideLatinWords(chars, whole);
    CHECK(whole == std::vector<int>{bOg, iOg, iOg, iOg, iOg, 0, 0, 0});
}
