// A fixed set of phrases searched in one pass over a line (a filter on each phrase's first two bytes).
#pragma once

#include <bitset>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// Noise rules look for dozens of Korean phrases in every short line. Searching each phrase with
// string_view::find rescans the line per phrase and, because Hangul lead bytes are so common,
// calls memcmp at almost every syllable; one pass with a two-byte prefilter is many times faster.
class PhraseSet
{
public:
    PhraseSet(std::initializer_list<std::string_view> phrases) : m_phrases(phrases)
    {
        for (const std::string_view phrase : m_phrases)
            m_firstPairs.set(pairAt(phrase, 0));
    }

    // True when any phrase occurs in `text`.
    bool foundIn(std::string_view text) const
    {
        for (std::size_t i = 0; i + 1 < text.size(); ++i) {
            if (!m_firstPairs.test(pairAt(text, i)))
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
    static std::size_t pairAt(std::string_view text, std::size_t i)
    {
        const auto first = static_cast<unsigned char>(text[i]);
        const auto second = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0u;
        return (std::size_t{first} << 8) | second;
    }

    std::vector<std::string_view> m_phrases;
    std::bitset<65536> m_firstPairs;
};

} // namespace newsgraph::core
