#include "extract/CountryPrefixedBodies.h"

#include "extract/Lexicon.h"

#include <algorithm>
#include <string>

namespace newsgraph::core {
namespace {

bool hasSpace(std::string_view text) { return text.find(' ') != std::string_view::npos; }

// "미국 상무부" ends in the bare form "상무부" after a space: the bare form names the body without its country.
bool isBareFormOf(const LexiconEntry& entry, std::string_view bare)
{
    const std::string_view name = entry.name;
    return name.size() > bare.size() + 1 && name.ends_with(bare) && name[name.size() - bare.size() - 1] == ' ';
}

} // namespace

void CountryPrefixedBodies::add(const LexiconEntry& entry, std::string_view surface)
{
    if (!hasSpace(surface) || !hasSpace(entry.name)) return;
    if (std::find(named_.begin(), named_.end(), &entry) == named_.end()) named_.push_back(&entry);
}

const LexiconEntry& CountryPrefixedBodies::choose(const LexiconEntry& entry, std::string_view surface) const
{
    if (surface.empty() || hasSpace(surface) || !isBareFormOf(entry, surface)) return entry;
    if (std::find(named_.begin(), named_.end(), &entry) != named_.end()) return entry;
    const LexiconEntry* other = nullptr;
    for (const LexiconEntry* e : named_) {
        if (e == &entry || e->type != entry.type || !isBareFormOf(*e, surface)) continue;
        if (other) return entry; // two other countries' bodies: no safe choice
        other = e;
    }
    return other ? *other : entry;
}

} // namespace newsgraph::core
