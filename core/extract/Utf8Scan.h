// Minimal UTF-8 decoding and Hangul classification for scanning text by code point without regex.
#pragma once

#include <cstddef>
#include <string_view>

namespace newsgraph::core::utf8 {

// Inline, because the recognisers call these a few million times per MB. Their own inline namespace
// keeps them apart from text/Utf8.h's utf8::next, a different definition under the same name.
inline namespace scan {

// Byte length of the code point whose lead byte is `lead`.
inline std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

// Decodes the code point starting at `pos` and advances `pos`; malformed bytes decode as U+FFFD.
inline char32_t next(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    const std::size_t len = sequenceLength(lead);
    if (len == 1 || pos + len > text.size()) {
        ++pos;
        return 0xFFFD;
    }
    char32_t cp = lead & (0x7F >> len);
    for (std::size_t i = 1; i < len; ++i) {
        const auto b = static_cast<unsigned char>(text[pos + i]);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    pos += len;
    return cp;
}

// Decodes the last code point ending before `end` and moves `end` to its first byte.
inline char32_t previous(std::string_view text, std::size_t& end)
{
    std::size_t start = end;
    while (start > 0) {
        --start;
        if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80) break;
    }
    std::size_t pos = start;
    const char32_t cp = next(text, pos);
    end = start;
    return cp;
}

// First and last code points (0 for empty text).
inline char32_t first(std::string_view text)
{
    if (text.empty()) return 0;
    std::size_t pos = 0;
    return next(text, pos);
}

inline char32_t last(std::string_view text)
{
    if (text.empty()) return 0;
    std::size_t end = text.size();
    return previous(text, end);
}

} // namespace scan

inline bool isHangulSyllable(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
inline bool isAsciiLetter(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool isAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool isAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }
inline namespace scan {
inline bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF); } // CJK ideographs (日, 美, 韓 ...)
inline bool isKana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
inline bool isSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B); }
} // namespace scan
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
// The first `count` code points of `text`.
std::string_view prefix(std::string_view text, std::size_t count);
// The last `count` code points of `text`.
std::string_view suffix(std::string_view text, std::size_t count);

} // namespace newsgraph::core::utf8
