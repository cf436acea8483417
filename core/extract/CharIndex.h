// Groups table entries by the first or last code point of their text, so that a word is compared only
// with the few entries that can match it (particles, titles, suffixes, triggers) instead of the whole table.
#pragma once

#include "extract/Utf8Scan.h"

#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::core {

template <typename T>
class CharIndex
{
public:
    enum class End { First, Last };

    // Entries keep their table order within a group (tables list longer forms first).
    template <typename TextOf>
    CharIndex(std::span<const T> entries, End end, TextOf textOf) : end_(end)
    {
        for (const T& e : entries) {
            const std::string_view text = textOf(e);
            groups_[end == End::First ? utf8::first(text) : utf8::last(text)].push_back(&e);
        }
    }

    // Entries whose text starts (or ends) with the same code point as `word`.
    const std::vector<const T*>& candidates(std::string_view word) const
    {
        static const std::vector<const T*> none;
        if (word.empty()) return none;
        const auto it = groups_.find(end_ == End::First ? utf8::first(word) : utf8::last(word));
        return it == groups_.end() ? none : it->second;
    }

private:
    End end_;
    std::unordered_map<char32_t, std::vector<const T*>> groups_;
};

} // namespace newsgraph::core
