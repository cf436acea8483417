// WordSet: the flat word table the rule recognisers ask for nearly every token.
#include <catch2/catch.hpp>

#include "text/WordSet.h"

#include <string>

using newsgraph::core::WordSet;

TEST_CASE("WordSet finds exactly its words", "[text][wordset]")
{
    const WordSet set{"기업", "스타트업", "업체", "회사", "startup", "기업"};
    CHECK(set.contains("기업"));
    CHECK(set.contains("스타트업"));
    CHECK(set.contains("startup"));
    CHECK_FALSE(set.contains("기"));         // a prefix of a word
    CHECK_FALSE(set.contains("기업들"));     // a word with more after it
    CHECK_FALSE(set.contains("Startup"));    // case matters, as in the lists it replaces
    CHECK_FALSE(set.contains(""));
    const std::string built = std::string("업") + "체"; // not the literal's address
    CHECK(set.contains(built));
}

TEST_CASE("WordSet stays correct when it is full of colliding slots", "[text][wordset]")
{
    // Many short words share hash buckets in a small table: probing must walk past them all.
    static const std::string words[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                        "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
    const WordSet set{words[0], words[1], words[2], words[3], words[4], words[5], words[6], words[7], words[8],
                      words[9], words[10], words[11], words[12], words[13], words[14], words[15], words[16],
                      words[17], words[18], words[19], words[20], words[21], words[22], words[23], words[24]};
    for (int k = 0; k < 25; ++k)
        CHECK(set.contains(words[k]));
    CHECK_FALSE(set.contains("z"));
    CHECK_FALSE(set.contains("aa"));
    const WordSet empty{};
    CHECK_FALSE(empty.contains("a"));
}
