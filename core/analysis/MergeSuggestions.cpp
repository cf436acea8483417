// Candidate duplicate pairs by romanisation, containment and acronyms, blocked by type.
#include "MergeSuggestions.h"

#include "text/NameKey.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <map>
#include <set>

namespace newsgraph::core {
namespace {

std::u32string codePoints(const std::string& utf8)
{
    std::u32string out;
    for (std::size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? c : c & (0x3F >> (length - 1));
        for (int k = 1; k < length && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out.push_back(cp);
        i += length;
    }
    return out;
}

bool hasHangul(const std::string& s)
{
    for (char32_t c : codePoints(s))
        if (c >= 0xAC00 && c <= 0xD7A3)
            return true;
    return false;
}

// Types that may name the same thing: company/investor/media are all organisations that
// outlets and extraction often disagree on; country/place and government/place likewise.
int typeGroup(EntityType type)
{
    switch (type) {
    case EntityType::Company:
    case EntityType::Investor:
    case EntityType::Media: return 0;
    case EntityType::Country:
    case EntityType::Place: return 1;
    case EntityType::Government: return 2;
    case EntityType::Academia: return 3;
    case EntityType::Person: return 4;
    case EntityType::Product: return 5;
    case EntityType::Event: return 6;
    }
    return 7;
}

struct Names {
    std::vector<std::string> keys;      // nameKey of name and aliases
    std::vector<std::string> romanised; // romanize() of Hangul forms, nameKey of Latin forms
    std::string display;
};

Names namesOf(const EntityRecord& entity)
{
    Names names;
    names.display = entity.name;
    std::vector<std::string> all = entity.aliases;
    all.push_back(entity.name);
    for (const std::string& form : all) {
        names.keys.push_back(nameKey(form));
        names.romanised.push_back(hasHangul(form) ? romanize(form) : nameKey(form));
    }
    return names;
}

std::string initialsOf(const std::string& latin)
{
    std::string out;
    bool start = true;
    for (char c : latin) {
        if (c == ' ' || c == '-') {
            start = true;
        } else if (start) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            start = false;
        }
    }
    return out;
}

std::optional<MergeSuggestion> compare(const EntityRecord& a, const Names& na, const EntityRecord& b,
                                       const Names& nb)
{
    double best = 0;
    std::string reason;
    for (std::size_t i = 0; i < na.keys.size(); ++i) {
        for (std::size_t j = 0; j < nb.keys.size(); ++j) {
            const std::string &ka = na.keys[i], &kb = nb.keys[j];
            if (ka.empty() || kb.empty())
                continue;
            if (ka == kb && best < 1.0) {
                best = 1.0;
                reason = "same name: " + na.display + " = " + nb.display;
            }
            double romanSimilarity = nameSimilarity(na.romanised[i], nb.romanised[j]);
            if (romanSimilarity >= 0.8 && na.romanised[i].size() >= 4 && romanSimilarity * 0.95 > best) {
                best = romanSimilarity * 0.95;
                reason = "similar romanisation: " + na.display + " ~ " + nb.display + " (" + na.romanised[i] +
                         " / " + nb.romanised[j] + ")";
            }
            const std::string& shorter = ka.size() < kb.size() ? ka : kb;
            const std::string& longer = ka.size() < kb.size() ? kb : ka;
            if (shorter.size() >= 6 && longer.starts_with(shorter) && 0.75 > best) {
                best = 0.75;
                reason = "one name extends the other: " + na.display + " / " + nb.display;
            }
        }
    }
    auto formsOf = [](const EntityRecord& e) {
        std::vector<std::string> forms = e.aliases;
        forms.push_back(e.name);
        return forms;
    };
    for (const std::string& longForm : formsOf(a))
        for (const std::string& shortForm : formsOf(b))
            for (const auto& [full, acronym] : {std::pair{longForm, shortForm}, std::pair{shortForm, longForm}}) {
                std::string initials = initialsOf(full);
                if (initials.size() >= 2 && initials == nameKey(acronym) && 0.85 > best) {
                    best = 0.85;
                    reason = "acronym: " + acronym + " = " + full;
                }
            }
    if (best < 0.75)
        return std::nullopt;
    const bool aFirst = a.mentions > b.mentions || (a.mentions == b.mentions && a.id < b.id);
    return MergeSuggestion{aFirst ? a.id : b.id, aFirst ? b.id : a.id, best, reason};
}

} // namespace

double nameSimilarity(const std::string& a, const std::string& b)
{
    std::u32string x = codePoints(a), y = codePoints(b);
    if (x.empty() && y.empty())
        return 1.0;
    std::vector<std::size_t> previous(y.size() + 1), current(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] != y[j - 1])});
        std::swap(previous, current);
    }
    return 1.0 - static_cast<double>(previous[y.size()]) / static_cast<double>(std::max(x.size(), y.size()));
}

std::vector<MergeSuggestion> suggestMerges(const GraphData& data, std::size_t limit)
{
    // Block by type group and by the first letter of the romanised name, so large graphs stay
    // far from n^2 comparisons.
    std::map<std::pair<int, char>, std::vector<std::size_t>> blocks;
    std::vector<Names> names;
    names.reserve(data.entities.size());
    for (std::size_t i = 0; i < data.entities.size(); ++i) {
        names.push_back(namesOf(data.entities[i]));
        std::set<char> initials;
        for (const std::string& r : names.back().romanised)
            if (!r.empty())
                initials.insert(r[0]);
        for (char c : initials)
            blocks[{typeGroup(data.entities[i].type), c}].push_back(i);
    }
    std::map<std::pair<EntityId, EntityId>, MergeSuggestion> found;
    for (const auto& [block, members] : blocks)
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const EntityRecord &a = data.entities[members[x]], &b = data.entities[members[y]];
                auto pair = std::minmax(a.id, b.id);
                if (found.contains(pair))
                    continue;
                if (auto suggestion = compare(a, names[members[x]], b, names[members[y]]))
                    found.emplace(pair, *suggestion);
            }
    std::vector<MergeSuggestion> result;
    for (auto& [pair, suggestion] : found)
        result.push_back(suggestion);
    std::stable_sort(result.begin(), result.end(),
                     [](const MergeSuggestion& a, const MergeSuggestion& b) { return a.score > b.score; });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace newsgraph::core
