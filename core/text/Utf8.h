// Small UTF-8 helpers for scanning text byte by byte without ICU (hot paths: noise rules, splitting).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace newsgraph::core::utf8 {

// Decodes the code point starting at `pos` and advances `pos`; malformed bytes yield U+FFFD.
inline char32_t next(std::string_view text, std::size_t& pos)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (length == 1 || pos + length > text.size()) {
        ++pos;
        return U'\uFFFD';
    }
    char32_t cp = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char c = byte(pos + i);
        if ((c & 0xC0) != 0x80) {
            ++pos;
            return U'\uFFFD';
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    pos += length;
    return cp;
}

// The code point that ends just before `pos`; moves `pos` back to its first byte.
// The code point at byte offset `pos` (0 past the end), without moving.
inline char32_t at(std::string_view text, std::size_t pos)
{
    return pos < text.size() ? next(text, pos) : 0;
}

// The byte offset just after the code point at `pos`.
inline std::size_t after(std::string_view text, std::size_t pos)
{
    next(text, pos);
    return pos;
}

inline char32_t previous(std::string_view text, std::size_t& pos)
{
    std::size_t start = pos;
    while (start > 0) {
        --start;
        if ((static_cast<unsigned char>(text[start]) & 0xC0) != 0x80)
            break;
    }
    std::size_t cursor = start;
    const char32_t cp = next(text, cursor);
    pos = start;
    return cp;
}

inline void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

inline bool isHangulSyllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }
inline bool isHanja(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF); }
inline bool isAsciiAlpha(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }
inline bool isAsciiDigit(char32_t cp) { return cp >= '0' && cp <= '9'; }

// Spaces as they appear in news text, including no-break and ideographic spaces.
inline bool isSpace(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0
        || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0xFEFF;
}

inline bool isAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

inline std::string_view trim(std::string_view text)
{
    std::size_t begin = 0;
    while (begin < text.size()) {
        if (isAsciiSpace(text[begin])) { // fast path: most padding is ASCII
            ++begin;
            continue;
        }
        std::size_t pos = begin;
        if (static_cast<unsigned char>(text[begin]) < 0x80 || !isSpace(next(text, pos)))
            break;
        begin = pos;
    }
    std::size_t end = text.size();
    while (end > begin) {
        if (isAsciiSpace(text[end - 1])) {
            --end;
            continue;
        }
        std::size_t pos = end;
        if (static_cast<unsigned char>(text[end - 1]) < 0x80 || !isSpace(previous(text, pos)))
            break;
        end = pos;
    }
    return text.substr(begin, end - begin);
}

// Eight bytes at a time (every line goes through several length tests): a byte starts a code point
// unless it is a continuation byte 10xxxxxx, i.e. bit 7 set and bit 6 clear.
inline std::size_t countCodePoints(std::string_view text)
{
    std::size_t continuations = 0;
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, 8);
        continuations += static_cast<std::size_t>(std::popcount(word & ~(word << 1) & 0x8080808080808080ull));
    }
    for (; i < text.size(); ++i)
        continuations += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
    return text.size() - continuations;
}

// countCodePoints(text) when it is at most `limit`, otherwise some value above `limit`: length
// tests on every line only need to know "short enough", and paragraphs can be kilobytes long.
inline std::size_t countCodePointsUpTo(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return countCodePoints(text); // never more code points than bytes
    constexpr std::size_t block = 64;
    std::size_t count = 0;
    std::size_t from = 0;
    while (from < text.size() && count <= limit) {
        const std::size_t size = text.size() - from < block ? text.size() - from : block;
        count += countCodePoints(text.substr(from, size));
        from += size;
    }
    return count;
}

inline bool startsWith(std::string_view text, std::string_view prefix) { return text.starts_with(prefix); }
inline bool endsWith(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }
inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

} // namespace newsgraph::core::utf8
