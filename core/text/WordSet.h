// A fixed set of words with a fast contains(): one small flat table instead of hash-set nodes.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// The rule recognisers ask "is this word in that list?" for nearly every token. A node-based
// std::unordered_set spreads its words over the heap, and next to the NER tagger's tables each
// look-up missed the cache twice (bucket, node); here the slots of a few hundred words fit in a few
// kilobytes, a slot keeps its word's hash and length, and only a slot that matches both compares bytes.
// The words are views: they must outlive the set (string literals do).
class WordSet
{
public:
    WordSet(std::initializer_list<std::string_view> words) : words_(words)
    {
        std::size_t capacity = 16;
        while (capacity < 2 * words_.size())
            capacity *= 2;
        slots_.assign(capacity, Slot{});
        mask_ = capacity - 1;
        for (std::uint32_t k = 0; k < words_.size(); ++k) {
            const std::string_view word = words_[k];
            if (contains(word))
                continue; // a repeated word
            const std::uint32_t hash = hashOf(word);
            std::size_t i = hash & mask_;
            while (slots_[i].length != emptyLength)
                i = (i + 1) & mask_;
            slots_[i] = Slot{hash, static_cast<std::uint32_t>(word.size()), k};
        }
    }

    bool contains(std::string_view word) const
    {
        const std::uint32_t hash = hashOf(word);
        for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.length == emptyLength)
                return false;
            if (slot.hash == hash && slot.length == word.size() && words_[slot.word] == word)
                return true;
        }
    }

    std::size_t size() const { return words_.size(); }

private:
    static constexpr std::uint32_t emptyLength = ~std::uint32_t{0};
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t length = emptyLength;
        std::uint32_t word = 0; // index into words_
    };

    // Words are short (a few syllables): eight bytes at a time, multiplied and folded.
    static std::uint32_t hashOf(std::string_view word)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ word.size();
        std::size_t pos = 0;
        for (; pos + 8 <= word.size(); pos += 8) {
            std::uint64_t chunk;
            std::memcpy(&chunk, word.data() + pos, 8);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 29;
        }
        if (pos < word.size()) {
            std::uint64_t chunk = 0;
            std::memcpy(&chunk, word.data() + pos, word.size() - pos);
            h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 29;
        }
        h *= 0x94D049BB133111EBULL;
        return static_cast<std::uint32_t>(h >> 32);
    }

    std::vector<std::string_view> words_;
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

} // namespace newsgraph::core
