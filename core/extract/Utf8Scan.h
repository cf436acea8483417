// Minimal UTF-8 decoding and Hangul classification for scanning text by code point without regex.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph::core::utf8 {

// Decodes the code point starting at `pos` and advances `pos`; malformed bytes decode as U+FFFD.
char32_t next(std::string_view text, std::size_t& pos);
// Decodes the last code point ending before `end` and moves `end` to its first byte.
char32_t previous(std::string_view text, std::size_t& end);
// Byte length of the code point whose lead byte is `lead`.
std::size_t sequenceLength(unsigned char lead);

inline bool isHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool isAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool isAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool isHan(char32_t c);     // CJK ideographs (日, 美, 韓 ...)
bool isKana(char32_t c);
bool isSpace(char32_t c);
// A syllable with a final consonant (batchim): decides 이/가, 은/는, 을/를, 과/와, 으로/로.
inline bool hasFinalConsonant(char32_t syllable) { return isHangulSyllable(syllable) && (syllable - 0xAC00) % 28 != 0; }
// Final consonant ㄹ: takes 로 rather than 으로.
inline bool hasRieulFinal(char32_t syllable) { return isHangulSyllable(syllable) && (syllable - 0xAC00) % 28 == 8; }

// Number of code points.
std::size_t length(std::string_view text);
// Number of Hangul syllables.
std::size_t hangulCount(std::string_view text);
bool allHangul(std::string_view text);
bool containsDigit(std::string_view text);
bool hasLatin(std::string_view text);
// First and last code points (0 for empty text).
char32_t first(std::string_view text);
char32_t last(std::string_view text);
// The first `count` code points of `text`.
std::string_view prefix(std::string_view text, std::size_t count);
// The last `count` code points of `text`.
std::string_view suffix(std::string_view text, std::size_t count);

} // namespace newsgraph::core::utf8
