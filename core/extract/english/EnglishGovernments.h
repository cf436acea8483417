// "the French government", "France's government", "the government of Japan": one government entity,
// named like the Korean rules name it ("프랑스 정부") so both languages meet in the same lexicon entry.
#pragma once

#include "extract/english/EnglishTokens.h"
#include "model/EntityType.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

class Lexicon;

struct GovernmentPhrase
{
    std::size_t first = 0, last = 0; // English token span of the whole phrase
    std::string name;    // "프랑스 정부" when the lexicon knows the country, else "France government"
    std::string country; // the English country name ("France")
};

std::vector<GovernmentPhrase> findGovernmentPhrases(const std::vector<EnglishToken>& tokens,
                                                    const Lexicon& lexicon);

} // namespace newsgraph::core
