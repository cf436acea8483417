// Code-point counts and slices for the recognisers (the per-character scanners are inline in the header).
#include "extract/Utf8Scan.h"

namespace newsgraph::core::utf8 {

std::size_t length(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        scan::next(text, pos);
        ++n;
    }
    return n;
}

std::size_t hangulCount(std::string_view text)
{
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < text.size();)
        if (isHangulSyllable(scan::next(text, pos))) ++n;
    return n;
}

bool allHangul(std::string_view text)
{
    if (text.empty()) return false;
    for (std::size_t pos = 0; pos < text.size();)
        if (!isHangulSyllable(scan::next(text, pos))) return false;
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

std::string_view prefix(std::string_view text, std::size_t count)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i < count && pos < text.size(); ++i) scan::next(text, pos);
    return text.substr(0, pos);
}

std::string_view suffix(std::string_view text, std::size_t count)
{
    std::size_t end = text.size();
    for (std::size_t i = 0; i < count && end > 0; ++i) scan::previous(text, end);
    return text.substr(end);
}

} // namespace newsgraph::core::utf8
