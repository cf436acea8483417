// Shape tests for words in name positions: Korean personal names, transliterated names, acronyms.
#pragma once

#include "extract/SentenceTokens.h"

#include <string_view>
#include <vector>

namespace newsgraph::core {

// 2-4 Hangul syllables starting with a common Korean surname ("김성훈", "선담은", "남궁민").
bool looksLikeKoreanPersonName(std::string_view word);
// Starts with one of the eighteen most frequent surnames (김, 이, 박 ...): Korean far more often than a
// transliteration ("제임스" and "주니치" start with rarer ones).
bool hasCommonSurname(std::string_view word);
// For "홍길동 네오랩 대표": a Korean name unlikely to be a Japanese or Western one ("이케다", "도널드").
bool isKoreanBusinessName(std::string_view word);
// A single syllable that is a common surname ("박" in "박 박사").
bool isKoreanSurname(std::string_view syllable);
// A word that may be part of a proper name: Hangul or Latin letters (digits only after letters),
// not a generic noun or function word, at most `maxSyllables` Hangul syllables.
bool isNameWord(std::string_view word, std::size_t maxSyllables = 8);
// All-capital Latin acronym of 2-6 letters, digits allowed after the first ("PFN", "LG", "SK").
bool isAcronym(std::string_view word);
// The particle role that follows the word span ending at `last`: the last token's own particle, or a
// particle written after a closing parenthesis or quote right behind it ("프리퍼드네트워크스(PFN)은").
ArgumentRole roleAfter(const std::vector<Token>& tokens, std::size_t last, std::size_t* particleToken = nullptr);

} // namespace newsgraph::core
