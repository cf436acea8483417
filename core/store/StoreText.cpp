// Byte-level UTF-8 helpers for search; anything needing Unicode tables goes through core/text.
#include "store/StoreText.h"

#include <array>

namespace newsgraph::core::store {

std::string compactKey(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

bool hasCompatibilityJamo(std::string_view text)
{
    // U+3131..U+314E encode as E3 84 B1..E3 85 8E.
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        auto b0 = static_cast<unsigned char>(text[i]), b1 = static_cast<unsigned char>(text[i + 1]),
             b2 = static_cast<unsigned char>(text[i + 2]);
        if (b0 != 0xE3)
            continue;
        if ((b1 == 0x84 && b2 >= 0xB1) || (b1 == 0x85 && b2 <= 0x8E))
            return true;
    }
    return false;
}

std::string withoutTrailingParticle(std::string_view text)
{
    // Longest first, so 으로 is not taken for 로 and 에서 not for a lone 서.
    static constexpr std::array<std::string_view, 14> particles{
        "에서", "으로", "이", "가", "은", "는", "을", "를", "의", "에", "와", "과", "도", "로",
    };
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    for (auto particle : particles) {
        if (text.size() > particle.size() && text.ends_with(particle))
            return std::string(text.substr(0, text.size() - particle.size()));
    }
    return {};
}

bool isNewerVersion(std::string_view candidate, std::string_view than)
{
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    // Splits off the next run of digits or of other characters.
    auto next = [&](std::string_view& text) {
        std::size_t n = 0;
        const bool digits = !text.empty() && isDigit(text[0]);
        while (n < text.size() && isDigit(text[n]) == digits)
            ++n;
        auto part = text.substr(0, n);
        text.remove_prefix(n);
        return part;
    };
    while (!candidate.empty() || !than.empty()) {
        if (candidate.empty())
            return false;
        if (than.empty())
            return true;
        auto a = next(candidate), b = next(than);
        if (isDigit(a[0]) && isDigit(b[0])) {
            while (a.size() > 1 && a[0] == '0')
                a.remove_prefix(1);
            while (b.size() > 1 && b[0] == '0')
                b.remove_prefix(1);
            if (a.size() != b.size())
                return a.size() > b.size();
        }
        if (a != b)
            return a > b;
    }
    return false;
}

} // namespace newsgraph::core::store
