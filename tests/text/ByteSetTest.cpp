// ByteSet::findIn must agree with string_view::find_first_of, which the normalisers used before.
#include "text/ByteSet.h"

#include <catch2/catch.hpp>

#include <string>

using namespace newsgraph::core;

TEST_CASE("ByteSet finds the same byte as find_first_of at every start and length", "[text][byteset]")
{
    const std::string members("\t\xC2\xE2\xE3\xEF", 5);
    const ByteSet set(members);
    // Members at every offset modulo the four-byte unrolling, Hangul bytes around them.
    const std::string text = "정부는\t10일 “반도체” 지원\xC2\xA0안을 발표\xE3\x80\x80했다 ab";
    for (std::size_t length = 0; length <= text.size(); ++length) {
        const std::string_view view(text.data(), length);
        for (std::size_t from = 0; from <= length; ++from) {
            const std::size_t expected = std::min(view.find_first_of(members, from), view.size());
            REQUIRE(set.findIn(view, from) == expected);
        }
    }
    CHECK(set.findIn("plain ascii text", 0) == 16);
    CHECK(ByteSet("").findIn("abc", 0) == 3);
}
