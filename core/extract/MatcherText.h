// Text normalised for lexicon matching, with a map from every normalised byte back to the original.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::core::matcher {

struct NormalisedText {
    std::string text; // NFKC, case folded, whitespace runs as one ' ', format characters dropped
    // For each byte of text: the original byte range of the segment it came from.
    std::vector<std::uint32_t> sourceBegin;
    std::vector<std::uint32_t> sourceEnd;
    // Original byte ranges left out by normaliseWithoutGlosses().
    std::vector<std::pair<std::uint32_t, std::uint32_t>> elided;
};

NormalisedText normalise(std::string_view utf8);
// The same, leaving out Latin glosses between Hangul ("엘지(LG)유플러스" -> "엘지유플러스"), so that
// names written with an inserted gloss still match.
NormalisedText normaliseWithoutGlosses(std::string_view utf8);
// The same normalisation for patterns, trimmed.
std::string normalisePattern(std::string_view utf8);
// NFKC with whitespace collapsed but no case folding (for case-sensitive acronyms), trimmed.
std::string normaliseKeepingCase(std::string_view utf8);

// Script classes that decide word boundaries. Digits count as Latin: "G7", "3M".
enum class ScriptClass { None, Hangul, Latin, Han, Kana, OtherLetter };
ScriptClass scriptClassOf(char32_t cp);

// True when a run of Hangul syllables is made only of particles and copulas ("에서는", "와의", "이다").
bool isParticleSequence(std::string_view hangul);

// Syllables of a Hangul run that come before its longest particle ending: "리를" -> 1, "뱅크" -> 2.
std::size_t syllablesBeforeParticles(std::string_view hangul);

} // namespace newsgraph::core::matcher
