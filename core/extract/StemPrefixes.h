// Whether a word starts with one of several stems: how trigger readers recognise inflected verbs ("확보했다").
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

} // namespace newsgraph::core
