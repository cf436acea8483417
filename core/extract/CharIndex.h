// Groups table entries by the first or last code point of their text, so that a word is compared only
// with the few entries that can match it (particles, titles, suffixes, triggers) instead of the whole table.
#pragma once

#include "extract/Utf8Scan.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
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
        std::vector<char32_t> keys;
        for (const T& e : entries) {
            const std::string_view text = textOf(e);
            const char32_t key = end == End::First ? utf8::first(text) : utf8::last(text);
            const auto group = static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
            if (group == keys.size()) {
                keys.push_back(key);
                groups_.emplace_back();
            }
            groups_[group].push_back(&e);
        }
        groups_.emplace_back(); // the last group is the empty answer
        std::size_t capacity = 16;
        while (capacity < 2 * keys.size())
            capacity *= 2;
        slots_.assign(capacity, Slot{});
        shift_ = 32;
        for (std::size_t c = capacity; c > 1; c /= 2)
            --shift_;
        for (std::size_t k = 0; k < keys.size(); ++k) {
            std::size_t i = slotOf(keys[k]);
            while (slots_[i].key != emptyKey)
                i = (i + 1) & (slots_.size() - 1);
            slots_[i] = Slot{keys[k], static_cast<std::uint32_t>(k)};
        }
    }

    // Entries whose text starts (or ends) with the same code point as `word`.
    const std::vector<const T*>& candidates(std::string_view word) const
    {
        if (word.empty()) return groups_.back();
        const char32_t key = end_ == End::First ? utf8::first(word) : utf8::last(word);
        for (std::size_t i = slotOf(key);; i = (i + 1) & (slots_.size() - 1)) {
            const Slot& slot = slots_[i];
            if (slot.key == key) return groups_[slot.group];
            if (slot.key == emptyKey) return groups_.back();
        }
    }

private:
    // A flat open-addressed table: the look-up runs for almost every token, and a node-based map
    // cost a division and two dependent loads each time.
    static constexpr char32_t emptyKey = ~char32_t{0};
    struct Slot {
        char32_t key = emptyKey;
        std::uint32_t group = 0;
    };
    std::size_t slotOf(char32_t key) const { return static_cast<std::uint32_t>(key * 0x9E3779B1u) >> shift_; }

    End end_;
    std::vector<std::vector<const T*>> groups_;
    std::vector<Slot> slots_;
    unsigned shift_ = 28;
};

} // namespace newsgraph::core
