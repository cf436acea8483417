// Whether a word starts or ends with one of several forms: inflected verbs by their stem ("확보했다"),
// nouns by their head ("상생 펀드", "박람회").
#pragma once

#include <initializer_list>
#include <string_view>

namespace newsgraph::core {

inline bool startsWithAny(std::string_view word, std::initializer_list<std::string_view> stems)
{
    for (auto stem : stems)
        if (word.starts_with(stem))
            return true;
    return false;
}

// `endings`: any range of string_view (a constexpr std::array of words, typically).
template <typename Endings>
bool endsWithAny(std::string_view word, const Endings& endings)
{
    for (std::string_view ending : endings)
        if (word.ends_with(ending))
            return true;
    return false;
}

} // namespace newsgraph::core
