// Loading and lookup of the curated lexicon (resources/lexicon/*.tsv).
#include "Lexicon.h"

#include "text/NameKey.h"

#include <algorithm>
#include <fstream>
#include <iterator>

namespace newsgraph::core {
namespace {

std::string_view trimmed(std::string_view text)
{
    const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos)
            break;
        start = at + 1;
    }
    return parts;
}

// Ids end up in entity keys and exports, so they stay plain ASCII.
bool isValidId(std::string_view id)
{
    return !id.empty() && std::ranges::all_of(id, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
    });
}

void appendUnique(std::vector<std::string>& list, std::string_view value, std::string_view name)
{
    if (value.empty() || value == name)
        return;
    if (std::ranges::find(list, value) == list.end())
        list.emplace_back(value);
}

} // namespace

Result<Lexicon> Lexicon::loadFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return fail(Error::Kind::Io, file.string() + ": cannot open lexicon file");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    Lexicon lexicon;
    if (auto parsed = lexicon.parseInto(text, file.string()); !parsed)
        return std::unexpected(parsed.error());
    return lexicon;
}

Result<Lexicon> Lexicon::loadDirectory(const std::filesystem::path& dir)
{
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error))
        return fail(Error::Kind::Io, dir.string() + ": lexicon folder not found");
    std::vector<std::filesystem::path> files;
    for (const auto& item : std::filesystem::directory_iterator(dir, error)) {
        if (item.is_regular_file() && item.path().extension() == ".tsv")
            files.push_back(item.path());
    }
    if (error)
        return fail(Error::Kind::Io, dir.string() + ": cannot list lexicon folder: " + error.message());
    std::ranges::sort(files, [](const auto& a, const auto& b) { return a.filename() < b.filename(); });

    Lexicon lexicon;
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        if (!in)
            return fail(Error::Kind::Io, file.string() + ": cannot open lexicon file");
        const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (auto parsed = lexicon.parseInto(text, file.string()); !parsed)
            return std::unexpected(parsed.error());
    }
    return lexicon;
}

Result<void> Lexicon::parseInto(std::string_view text, const std::string& fileLabel)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t lineNumber = 0;
    for (std::string_view rawLine : split(text, '\n')) {
        ++lineNumber;
        if (!rawLine.empty() && rawLine.back() == '\r')
            rawLine.remove_suffix(1);
        const std::string_view line = trimmed(rawLine);
        if (line.empty() || line.front() == '#')
            continue;
        const auto where = [&] { return fileLabel + ":" + std::to_string(lineNumber) + ": "; };
        const auto fields = split(rawLine, '\t');
        if (fields.size() < 3 || fields.size() > 5)
            return fail(Error::Kind::InvalidInput,
                        where() + "expected id<TAB>type<TAB>name<TAB>aliases, found " + std::to_string(fields.size())
                            + " tab-separated field(s)");
        const std::string_view id = trimmed(fields[0]);
        if (!isValidId(id))
            return fail(Error::Kind::InvalidInput,
                        where() + "invalid id '" + std::string(id) + "' (use a-z, 0-9, '_', '-', '.')");
        const std::string_view typeName = trimmed(fields[1]);
        const auto type = entityTypeFromString(typeName);
        if (!type)
            return fail(Error::Kind::InvalidInput, where() + "unknown entity type '" + std::string(typeName) + "'");
        const std::string_view name = trimmed(fields[2]);
        if (name.empty())
            return fail(Error::Kind::InvalidInput, where() + "empty name for id '" + std::string(id) + "'");
        if (const LexiconEntry* existing = find(id); existing && existing->type != *type)
            return fail(Error::Kind::InvalidInput,
                        where() + "id '" + std::string(id) + "' was already defined with type "
                            + std::string(toString(existing->type)) + ", not " + std::string(typeName));

        LexiconEntry entry{std::string(id), std::string(name), *type, {}, {}};
        if (fields.size() >= 4) {
            for (std::string_view alias : split(fields[3], '|'))
                appendUnique(entry.aliases, trimmed(alias), entry.name);
        }
        if (fields.size() == 5)
            entry.note = std::string(trimmed(fields[4]));
        add(std::move(entry));
    }
    return {};
}

void Lexicon::add(LexiconEntry entry)
{
    if (const auto found = byId_.find(entry.id); found != byId_.end()) {
        LexiconEntry& existing = entries_[found->second];
        // A repeated entry may spell the name differently: keep it as an alias.
        std::vector<std::string> extra{entry.name};
        extra.insert(extra.end(), entry.aliases.begin(), entry.aliases.end());
        for (const auto& alias : extra) {
            if (alias.empty() || alias == existing.name
                || std::ranges::find(existing.aliases, alias) != existing.aliases.end())
                continue;
            existing.aliases.push_back(alias);
            indexName(found->second, alias, false);
        }
        if (existing.note.empty())
            existing.note = std::move(entry.note);
        return;
    }
    // Drop duplicates and the name itself so that aliases are "every other form".
    std::vector<std::string> aliases;
    for (const auto& alias : entry.aliases)
        appendUnique(aliases, alias, entry.name);
    entry.aliases = std::move(aliases);

    const std::size_t index = entries_.size();
    byId_.emplace(entry.id, index);
    entries_.push_back(std::move(entry));
    const LexiconEntry& stored = entries_.back();
    indexName(index, stored.name, true);
    for (const auto& alias : stored.aliases)
        indexName(index, alias, false);
}

void Lexicon::indexName(std::size_t index, std::string_view surface, bool isName)
{
    std::string key = nameKey(surface);
    if (key.empty())
        return;
    auto [it, inserted] = byKey_.try_emplace(std::move(key), KeyTarget{index, isName});
    if (!inserted && isName && !it->second.isName)
        it->second = KeyTarget{index, isName};
}

const std::vector<LexiconEntry>& Lexicon::entries() const
{
    return entries_;
}

const LexiconEntry* Lexicon::find(std::string_view id) const
{
    const auto found = byId_.find(std::string(id));
    return found == byId_.end() ? nullptr : &entries_[found->second];
}

const LexiconEntry* Lexicon::findByName(std::string_view surface) const
{
    const auto found = byKey_.find(nameKey(surface));
    return found == byKey_.end() ? nullptr : &entries_[found->second.index];
}

} // namespace newsgraph::core
