// Splits an English sentence into words, punctuation and possessive "'s", with byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct EnglishToken
{
    enum class Kind { Word, Punct, Possessive };
    Kind kind = Kind::Word;
    std::size_t begin = 0, end = 0; // UTF-8 bytes in the sentence
    std::string_view text;          // as written
    std::string lower;              // ASCII-lowercased, for word lists

    bool isWord() const { return kind == Kind::Word; }
    bool isPunct(char c) const { return kind == Kind::Punct && text.size() == 1 && text[0] == c; }
    // Starts with an upper-case letter (ASCII or Latin-1/Latin Extended-A capitals).
    bool capitalised() const;
};

// Hyphens stay inside words ("start-up", "Paris-based"), as do dots between letters or digits ("U.S",
// "1.5bn") and apostrophes inside names ("O'Brien"); "'s" and "’s" after a word become a Possessive token.
// The views point into `sentence`, which must outlive the tokens.
std::vector<EnglishToken> tokenizeEnglish(std::string_view sentence);

} // namespace newsgraph::core
