// A fixed set of phrases searched in one pass over a line (a filter on each phrase's first three bytes).
#pragma once

#include <bitset>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// Noise rules look for dozens of Korean phrases in every short line. Searching each phrase with
// string_view::find rescans the line per phrase and, because Hangul lead bytes are so common,
// calls memcmp at almost every syllable; one pass with a three-byte prefilter is many times faster.
class PhraseSet
{
public:
    PhraseSet(std::initializer_list<std::string_view> phrases) : m_phrases(phrases)
    {
        for (const std::string_view phrase : m_phrases)
            m_firstBytes.set(hashAt(phrase, 0));
    }

    // True when any phrase occurs in `text`.
    bool foundIn(std::string_view text) const
    {
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!m_firstBytes.test(hashAt(text, i)))
                continue;
            const std::string_view rest = text.substr(i);
            for (const std::string_view phrase : m_phrases)
                if (rest.starts_with(phrase))
                    return true;
        }
        return false;
    }

    // True when `text` starts with any phrase.
    bool startsIn(std::string_view text) const
    {
        for (const std::string_view phrase : m_phrases)
            if (text.starts_with(phrase))
                return true;
        return false;
    }

private:
    // The first three bytes (one Hangul syllable) folded into 16 bits.
    static std::size_t hashAt(std::string_view text, std::size_t i)
    {
        const auto byte = [&](std::size_t k) { return k < text.size() ? std::size_t{static_cast<unsigned char>(text[k])} : 0u; };
        return ((byte(i) << 8) ^ (byte(i + 1) << 4) ^ (byte(i + 2) * 131)) & 0xFFFF;
    }

    std::vector<std::string_view> m_phrases;
    std::bitset<65536> m_firstBytes;
};

} // namespace newsgraph::core
