// Normalised keys for matching names across spellings, scripts and particles (ICU based).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

// NFKC, case folding, spaces and punctuation removed: "사카나 AI" and "사카나AI" -> "사카나ai".
std::string nameKey(std::string_view name);

// ICU Hangul-Latin (then Latin-ASCII), lower case, no spaces: "사카나" -> "sakana".
std::string romanize(std::string_view text);
// Builds the calling thread's transliterator for romanize() now: the first one also loads ICU's
// transliterator registry (~150M instructions), which would otherwise land inside the first article.
void prepareRomanizer();

// Initial consonants of Hangul syllables (other characters kept): "사카나AI" -> "ㅅㅋㄴAI".
std::string initialConsonants(std::string_view text);

// NFC normalisation of UTF-8 text.
std::string toNfc(std::string_view text);

} // namespace newsgraph::core
