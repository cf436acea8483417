// A fixed set of phrases searched in one pass over a line (a filter on each phrase's first three bytes).
#pragma once

#include "text/ByteSet.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace newsgraph::core {

// Noise rules look for dozens of Korean phrases in every short line. Searching each phrase with
// string_view::find rescans the line per phrase and, because Hangul lead bytes are so common,
// calls memcmp at almost every syllable; one pass with a three-byte prefilter is many times faster.
class PhraseSet
{
public:
    PhraseSet(std::initializer_list<std::string_view> phrases)
        : PhraseSet(std::span<const std::string_view>(phrases.begin(), phrases.size()))
    {
    }

    explicit PhraseSet(std::span<const std::string_view> phrases)
    {
        for (const std::string_view phrase : phrases) {
            if (phrase.empty())
                m_leadBytes.addAll(); // matches anywhere the hash filter lets it
            else
                m_leadBytes.add(phrase[0]);
            m_firstBytes.set(hashAt(phrase, 0));
            if (phrase.size() < 3)
                m_shortPhrases.push_back(phrase);
            else
                m_longPhrases.emplace_back(prefixKey(phrase), phrase);
        }
        std::sort(m_longPhrases.begin(), m_longPhrases.end());
    }

    // True when any phrase occurs in `text`.
    bool foundIn(std::string_view text) const
    {
        // A table scan skips positions no phrase starts at (UTF-8 continuation bytes, letters no
        // phrase begins with) before the three-byte hash is computed.
        for (std::size_t i = m_leadBytes.findIn(text, 0); i < text.size(); i = m_leadBytes.findIn(text, i + 1)) {
            if (!m_firstBytes.test(hashAt(text, i)))
                continue;
            if (startsWithAny(text.substr(i)))
                return true;
        }
        return false;
    }

    // True when `text` starts with any phrase.
    bool startsIn(std::string_view text) const { return startsWithAny(text); }

private:
    // Only phrases whose first three bytes are the text's can start it (plus phrases shorter than
    // three bytes): common syllables such as 기, 구 and 인 pass the hash filter all the time, and
    // comparing every phrase there was most of the cost of the noise rules.
    bool startsWithAny(std::string_view text) const
    {
        for (const std::string_view phrase : m_shortPhrases)
            if (text.starts_with(phrase))
                return true;
        if (text.size() < 3)
            return false;
        const std::uint32_t key = prefixKey(text);
        for (auto it = std::lower_bound(m_longPhrases.begin(), m_longPhrases.end(), std::pair<std::uint32_t, std::string_view>(key, {}));
             it != m_longPhrases.end() && it->first == key; ++it)
            if (text.starts_with(it->second))
                return true;
        return false;
    }

    // The first three bytes as one number (the text has at least three).
    static std::uint32_t prefixKey(std::string_view text)
    {
        return (std::uint32_t{static_cast<unsigned char>(text[0])} << 16) | (std::uint32_t{static_cast<unsigned char>(text[1])} << 8)
            | std::uint32_t{static_cast<unsigned char>(text[2])};
    }

    // The first three bytes (one Hangul syllable) folded into 16 bits.
    static std::size_t hashAt(std::string_view text, std::size_t i)
    {
        const auto byte = [&](std::size_t k) { return k < text.size() ? std::size_t{static_cast<unsigned char>(text[k])} : 0u; };
        return ((byte(i) << 8) ^ (byte(i + 1) << 4) ^ (byte(i + 2) * 131)) & 0xFFFF;
    }

    std::vector<std::string_view> m_shortPhrases;                         // under three bytes
    std::vector<std::pair<std::uint32_t, std::string_view>> m_longPhrases; // sorted by prefixKey
    ByteSet m_leadBytes;
    std::bitset<65536> m_firstBytes;
};

} // namespace newsgraph::core
