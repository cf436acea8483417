// Decides which country's ministry a bare name means ("상무부" after "중국 상무부" is China's, not the US one).
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph::core {

struct LexiconEntry;

class CountryPrefixedBodies
{
public:
    // Remember a lexicon mention as written: "중국 상무부" names its country, "상무부" does not.
    void add(const LexiconEntry& entry, std::string_view surface);

    // The entry a mention should take. A bare form ("상무부") that the lexicon files under one country's
    // body ("미국 상무부") goes to the one other body the article names with its country and the same
    // bare form ("중국 상무부"), unless the article also names the lexicon's own choice.
    const LexiconEntry& choose(const LexiconEntry& entry, std::string_view surface) const;

private:
    std::vector<const LexiconEntry*> named_; // entries written with their country at least once
};

} // namespace newsgraph::core
