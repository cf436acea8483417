#include "extract/ner/NerLexicon.h"

#include "extract/ner/Utf8Text.h"

#include <algorithm>
#include <fstream>

namespace newsgraph::core::ner {

namespace {

bool isWordChar(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= U'0' && c <= U'9');
}

std::vector<std::string> splitOn(std::string_view s, char sep)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto pos = s.find(sep, start);
        out.emplace_back(s.substr(start, pos == std::string_view::npos ? std::string_view::npos : pos - start));
        if (pos == std::string_view::npos)
            break;
        start = pos + 1;
    }
    return out;
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
        s.pop_back();
    std::size_t lead = 0;
    while (lead < s.size() && s[lead] == ' ')
        ++lead;
    return s.substr(lead);
}

} // namespace

LexiconClass NerLexicon::classOf(std::string_view type)
{
    if (type == "person")
        return LexiconClass::Person;
    if (type == "country" || type == "place")
        return LexiconClass::Location;
    if (type == "company" || type == "investor" || type == "government" || type == "academia" || type == "media")
        return LexiconClass::Organisation;
    return LexiconClass::Other;
}

namespace {

std::size_t edgeHash(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20); }

} // namespace

std::int32_t NerLexicon::findEdge(std::uint64_t key) const
{
    if (edgeSlots_.empty())
        return -1;
    const std::size_t mask = edgeSlots_.size() - 1;
    for (std::size_t i = edgeHash(key) & mask;; i = (i + 1) & mask) {
        const EdgeSlot& slot = edgeSlots_[i];
        if (slot.key == key)
            return slot.child;
        if (slot.key == emptyKey)
            return -1;
    }
}

void NerLexicon::insertEdge(std::uint64_t key, std::int32_t child)
{
    if (2 * (edgeCount_ + 1) > edgeSlots_.size()) {
        std::vector<EdgeSlot> old(std::max<std::size_t>(1024, 2 * edgeSlots_.size()));
        old.swap(edgeSlots_);
        edgeCount_ = 0;
        for (const EdgeSlot& slot : old)
            if (slot.key != emptyKey)
                insertEdge(slot.key, slot.child);
    }
    const std::size_t mask = edgeSlots_.size() - 1;
    std::size_t i = edgeHash(key) & mask;
    while (edgeSlots_[i].key != emptyKey)
        i = (i + 1) & mask;
    edgeSlots_[i] = {key, child};
    ++edgeCount_;
}

void NerLexicon::add(std::string name, std::string type)
{
    const auto text = Utf8Text::decode(name);
    if (text.chars.size() < 2 || byName_.contains(name))
        return;
    if (terminal_.empty())
        terminal_.push_back(-1);
    const std::uint32_t first = text.chars.front() & 0xFFFF;
    firstChars_[first / 64] |= std::uint64_t{1} << (first % 64);
    std::int32_t node = 0;
    for (const char32_t c : text.chars) {
        const auto key = (static_cast<std::uint64_t>(node) << 21) | static_cast<std::uint64_t>(c & 0x1FFFFF);
        if (const std::int32_t found = findEdge(key); found >= 0) {
            node = found;
        } else {
            const auto child = static_cast<std::int32_t>(terminal_.size());
            terminal_.push_back(-1);
            insertEdge(key, child);
            node = child;
        }
    }
    const auto index = static_cast<std::int32_t>(entries_.size());
    terminal_[static_cast<std::size_t>(node)] = index;
    byName_.emplace(name, index);
    classes_.push_back(classOf(type));
    entries_.push_back({std::move(name), std::move(type)});
}

NerLexicon NerLexicon::fromEntries(std::vector<LexiconEntry> entries)
{
    NerLexicon lexicon;
    for (auto& e : entries)
        lexicon.add(std::move(e.name), std::move(e.type));
    return lexicon;
}

Result<NerLexicon> NerLexicon::loadDirectory(const std::filesystem::path& dir)
{
    NerLexicon lexicon;
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec))
        return lexicon;
    std::vector<std::filesystem::path> files;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec))
        if (item.path().extension() == ".tsv")
            files.push_back(item.path());
    std::sort(files.begin(), files.end()); // deterministic order: the first spelling of a name wins
    for (const auto& file : files) {
        std::ifstream in(file);
        if (!in)
            return fail(Error::Kind::Io, file.string() + ": cannot open lexicon file");
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            const auto cols = splitOn(line, '\t');
            if (cols.size() < 3 || cols[0] == "id")
                continue;
            const std::string type = trimmed(cols[1]);
            lexicon.add(trimmed(cols[2]), type);
            if (cols.size() >= 4)
                for (auto& alias : splitOn(cols[3], '|'))
                    if (auto a = trimmed(alias); !a.empty())
                        lexicon.add(std::move(a), type);
        }
    }
    return lexicon;
}

int NerLexicon::find(std::string_view name) const
{
    const auto it = byName_.find(std::string(name));
    return it == byName_.end() ? -1 : it->second;
}

std::vector<LexiconMatch> NerLexicon::match(const std::vector<char32_t>& chars) const
{
    std::vector<LexiconMatch> out;
    if (entries_.empty())
        return out;
    std::size_t i = 0;
    while (i < chars.size()) {
        if (i > 0 && isWordChar(chars[i - 1]) && isWordChar(chars[i])) {
            ++i;
            continue;
        }
        if (const std::uint32_t first = chars[i] & 0xFFFF; !(firstChars_[first / 64] >> (first % 64) & 1)) {
            ++i;
            continue;
        }
        std::int32_t node = 0;
        std::size_t bestEnd = 0;
        int bestEntry = -1;
        for (std::size_t j = i; j < chars.size(); ++j) {
            const auto key = (static_cast<std::uint64_t>(node) << 21) | static_cast<std::uint64_t>(chars[j] & 0x1FFFFF);
            const std::int32_t found = findEdge(key);
            if (found < 0)
                break;
            node = found;
            if (terminal_[static_cast<std::size_t>(node)] >= 0) {
                bestEnd = j + 1;
                bestEntry = terminal_[static_cast<std::size_t>(node)];
            }
        }
        if (bestEntry >= 0) {
            out.push_back({i, bestEnd, classes_[static_cast<std::size_t>(bestEntry)], bestEntry});
            i = bestEnd;
        } else {
            ++i;
        }
    }
    return out;
}

} // namespace newsgraph::core::ner
