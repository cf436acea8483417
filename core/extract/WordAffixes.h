// Whether a word starts or ends with one of several forms: inflected verbs by their stem ("확보했다"),
// nouns by their head ("상생 펀드", "박람회").
#pragma once

#include <initializer_list>
#include <string_view>

namespace newsgraph::core {

// starts_with and ends_with that compare one byte before calling memcmp: the hot tables hold many
// Hangul words, and a syllable's last byte tells most of them apart.
inline bool hasPrefix(std::string_view word, std::string_view prefix)
{
    return prefix.empty() || (word.size() >= prefix.size() && word[prefix.size() - 1] == prefix.back() && word.starts_with(prefix));
}

inline bool hasSuffix(std::string_view word, std::string_view suffix)
{
    if (suffix.size() > word.size()) return false;
    if (suffix.empty()) return true;
    // The byte before the last syllable: tables grouped by their last letter (CharIndex) share the last byte.
    const std::size_t probe = suffix.size() >= 4 ? suffix.size() - 4 : suffix.size() - 1;
    return word[word.size() - suffix.size() + probe] == suffix[probe] && word.ends_with(suffix);
}

inline bool startsWithAny(std::string_view word, std::initializer_list<std::string_view> stems)
{
    for (auto stem : stems)
        if (hasPrefix(word, stem))
            return true;
    return false;
}

// `endings`: any range of string_view (a constexpr std::array of words, typically).
template <typename Endings>
bool endsWithAny(std::string_view word, const Endings& endings)
{
    for (std::string_view ending : endings)
        if (hasSuffix(word, ending))
            return true;
    return false;
}

} // namespace newsgraph::core
