// Curated names of well-known entities (resources/lexicon/*.tsv) with their aliases and types.
#pragma once

#include "model/EntityType.h"
#include "model/Error.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::core {

struct LexiconEntry {
    std::string id;   // stable ASCII id ("openai"); the extractor keys entities as "lex:" + id
    std::string name; // canonical display name ("오픈AI")
    EntityType type = EntityType::Company;
    std::vector<std::string> aliases; // other surface forms, without name
    std::string note;                 // optional fifth column: free text for curators
};

// File format (UTF-8, one entry per line, '#' starts a comment line, blank lines ignored):
//   id<TAB>type<TAB>name<TAB>alias1|alias2|...[<TAB>note]
// The same id may appear again (in the same or a later file) to add aliases; it must keep its type.
class Lexicon
{
public:
    static Result<Lexicon> loadDirectory(const std::filesystem::path& dir); // all *.tsv, sorted by file name
    static Result<Lexicon> loadFile(const std::filesystem::path& file);

    // Later entries with the same id extend aliases (name and type of the first entry are kept).
    void add(LexiconEntry entry);

    const std::vector<LexiconEntry>& entries() const;
    const LexiconEntry* find(std::string_view id) const;
    // By nameKey() of the name or an alias; names win over aliases, earlier entries over later ones.
    const LexiconEntry* findByName(std::string_view surface) const;

private:
    Result<void> parseInto(std::string_view text, const std::string& fileLabel);
    void indexName(std::size_t index, std::string_view surface, bool isName);

    struct KeyTarget {
        std::size_t index = 0;
        bool isName = false;
    };
    std::vector<LexiconEntry> entries_;
    std::unordered_map<std::string, std::size_t> byId_;
    std::unordered_map<std::string, KeyTarget> byKey_;
};

} // namespace newsgraph::core
