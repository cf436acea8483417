// Finds lexicon names and aliases in UTF-8 text with one Aho-Corasick automaton built once.
#pragma once

#include "Lexicon.h"
#include "LexiconMatcherAutomaton.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

namespace matcher {
struct NormalisedText;
}

struct LexiconHit {
    std::size_t begin = 0, end = 0; // UTF-8 byte offsets into the searched text
    const LexiconEntry* entry = nullptr;
    std::string surface; // the text as written (particles not included)
};

// Matching happens on normalised text (NFKC, case folded, whitespace runs collapsed to one space), so
// "ＯｐｅｎＡＩ", "openai" and "OpenAI" all match; short all-capital Latin aliases ("MS", "LA") match
// only in capitals. Hits are leftmost-longest and non-overlapping and respect word boundaries:
// Latin aliases need non-Latin neighbours, Hangul aliases must start a word but may be followed by
// particles or more Hangul, except short ones (<= 2 syllables), which accept only particles.
// Aliases with spaces also match without them when they contain Hangul ("일본 정부" ~ "일본정부"),
// Hangul-Latin joins also match with a space ("오픈AI" ~ "오픈 AI"), and a Latin gloss inserted
// between Hangul does not hide a name ("엘지(LG)유플러스" is LG유플러스).
class LexiconMatcher
{
public:
    explicit LexiconMatcher(const Lexicon& lexicon); // lexicon must outlive the matcher

    std::vector<LexiconHit> find(std::string_view utf8) const;

    std::size_t patternCount() const { return patterns_.size(); }

private:
    struct Pattern {
        const LexiconEntry* entry = nullptr;
        std::uint32_t length = 0;  // bytes of the normalised pattern
        std::string exactForm;     // set for short capital acronyms: must match case-sensitively
        bool shortHangul = false;  // all Hangul, <= 2 syllables: only particles may follow
        bool singleSyllable = false; // "미", "일": only inside chains like "한·미·일"
        bool singleHan = false;    // "美", "日": not inside other hanja words
    };

    struct Candidate {
        std::size_t begin = 0, end = 0; // original byte offsets
        const Pattern* pattern = nullptr;
    };

    void addPattern(const std::string& normalised, Pattern pattern);
    // Every acceptable hit in `text`, before the leftmost-longest choice.
    void collect(const matcher::NormalisedText& text, std::vector<Candidate>& out) const;
    bool accepts(std::string_view text, std::size_t begin, std::size_t end, const Pattern& pattern) const;

    LexiconMatcherAutomaton automaton_;
    std::vector<Pattern> patterns_;
    std::vector<char32_t> singleSyllables_; // sorted, for chain checks
    std::vector<char32_t> singleHans_;      // sorted
};

} // namespace newsgraph::core
