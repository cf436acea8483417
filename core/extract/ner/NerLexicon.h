// Team lexicon names (resources/lexicon/*.tsv) as a character trie, matched inside sentences for NER features.
#pragma once

#include "model/Error.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::core::ner {

// Coarse classes a lexicon type maps to; the tagger only learns how far to trust each class.
enum class LexiconClass : std::uint8_t { Person, Location, Organisation, Other };

struct LexiconEntry {
    std::string name;
    std::string type; // ontology type id as written in the lexicon ("company", "country", ...)
};

struct LexiconMatch {
    std::size_t begin = 0, end = 0; // char positions, end exclusive
    LexiconClass cls = LexiconClass::Other;
    int entry = -1;
};

class NerLexicon
{
public:
    // Reads every *.tsv in dir: `id<TAB>type<TAB>name<TAB>alias|alias`; a missing dir gives an empty lexicon.
    static Result<NerLexicon> loadDirectory(const std::filesystem::path& dir);
    static NerLexicon fromEntries(std::vector<LexiconEntry> entries);

    const std::vector<LexiconEntry>& entries() const { return entries_; }
    bool empty() const { return entries_.empty(); }

    // Longest matches, left to right, starting only where a word can start (not inside a Hangul/Latin run).
    std::vector<LexiconMatch> match(const std::vector<char32_t>& chars) const;
    // Entry whose name is exactly this text, or -1.
    int find(std::string_view name) const;

    static LexiconClass classOf(std::string_view type);

private:
    void add(std::string name, std::string type);
    std::vector<LexiconEntry> entries_;
    std::vector<LexiconClass> classes_; // classOf(entries_[i].type), looked up for every match
    // Trie edges, (node << 21 | char) -> child node, in one open-addressing table: a look-up reads
    // one slot (usually one cache line) where a node-based map chased a bucket and then a node.
    struct EdgeSlot {
        std::uint64_t key = emptyKey;
        std::int32_t child = -1;
    };
    static constexpr std::uint64_t emptyKey = ~std::uint64_t{0};
    std::int32_t findEdge(std::uint64_t key) const;
    void insertEdge(std::uint64_t key, std::int32_t child);
    std::vector<EdgeSlot> edgeSlots_; // size a power of two, at most half full
    std::size_t edgeCount_ = 0;
    std::vector<std::int32_t> terminal_;                      // node -> entry index or -1
    // Which chars (low 16 bits) start a name: most word starts start none, and this 8 KB bitset
    // answers that without a hash lookup (the map's nodes miss the cache next to the NER table).
    std::vector<std::uint64_t> firstChars_ = std::vector<std::uint64_t>(1024, 0);
    std::unordered_map<std::string, int> byName_;
};

} // namespace newsgraph::core::ner
