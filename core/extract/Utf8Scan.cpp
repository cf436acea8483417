#include "extract/Utf8Scan.h"

namespace newsgraph::core::utf8 {

std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;
}

char32_t next(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t len = sequenceLength(lead);
    if (len == 1) {
        ++pos;
        return lead < 0x80 ? char32_t(lead) : char32_t(0xFFFD);
    }
    if (pos + len > text.size()) {
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

char32_t previous(std::string_view text, std::size_t& end)
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

bool isHan(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF); }
bool isKana(char32_t c) { return c >= 0x3040 && c <= 0x30FF; }
bool isSpace(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B); }

std::size_t length(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        next(text, pos);
        ++n;
    }
    return n;
}

std::size_t hangulCount(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();)
        if (isHangulSyllable(next(text, pos))) ++n;
    return n;
}

bool allHangul(std::string_view text)
{
    if (text.empty()) return false;
    for (std::size_t pos = 0; pos < text.size();)
        if (!isHangulSyllable(next(text, pos))) return false;
    return true;
}

bool containsDigit(std::string_view text)
{
    for (char c : text)
        if (c >= '0' && c <= '9') return true;
    return false;
}

bool hasLatin(std::string_view text)
{
    for (char c : text)
        if (isAsciiLetter(static_cast<unsigned char>(c))) return true;
    return false;
}

char32_t first(std::string_view text)
{
    if (text.empty()) return 0;
    std::size_t pos = 0;
    return next(text, pos);
}

char32_t last(std::string_view text)
{
    if (text.empty()) return 0;
    std::size_t end = text.size();
    return previous(text, end);
}

std::string_view prefix(std::string_view text, std::size_t count)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i < count && pos < text.size(); ++i) next(text, pos);
    return text.substr(0, pos);
}

std::string_view suffix(std::string_view text, std::size_t count)
{
    std::size_t end = text.size();
    for (std::size_t i = 0; i < count && end > 0; ++i) previous(text, end);
    return text.substr(end);
}

} // namespace newsgraph::core::utf8
