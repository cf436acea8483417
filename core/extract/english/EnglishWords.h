// Closed English word lists the English rules rely on: capitalised common words, organisation heads,
// demonyms, job titles and company descriptors. All look-ups take ASCII-lowercased words.
#pragma once

#include "model/EntityType.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// Words written with a capital that are not names: articles, pronouns, connectives, months, weekdays,
// titles of address... A sentence-initial capital proves nothing, these never start a name.
bool isCapitalisedCommonWord(std::string_view lower);
// Articles, pronouns, prepositions, conjunctions and sentence adverbs: trimmed from the front of a name run.
bool isEnglishFunctionWord(std::string_view lower);
bool isMonthOrWeekday(std::string_view lower);

// The entity type a final word gives a capitalised sequence ("inc" -> company, "ventures" -> investor,
// "university" -> academia, "ministry" -> government), if it is an organisation head.
std::optional<EntityType> organisationHeadType(std::string_view lower);
// Words that may stand inside an organisation name although written in lower case ("of", "and", "for", "&").
bool isNameConnector(std::string_view lower);

// "french" -> "France", "u.s" -> "United States"; also country names themselves ("france" -> "France").
std::optional<std::string_view> countryOfAdjective(std::string_view lower);

// A job title starting at words[i]; `length` receives how many words it takes ("chief executive officer": 3).
struct EnglishRole
{
    std::string canonical;      // "CEO", "chief scientist", "founder"
    bool founder = false;       // founder, co-founder: implies founded
    bool organisational = true; // implies works_for the organisation named beside it
};
std::optional<EnglishRole> matchEnglishRole(const std::vector<std::string_view>& lowerWords, std::size_t i,
                                            std::size_t& length);

// Nouns that describe what a company is: "the start-up Mistral", "chipmaker Nvidia", "rival Anthropic".
bool isEnglishCompanyDescriptor(std::string_view lower);
// Honorifics before a person's name: "Mr", "Ms", "Dr", ...
bool isHonorific(std::string_view lower);
// Verbs of saying that take a person as subject ("said Jane Doe", "Jane Doe told").
bool isSpeechVerb(std::string_view lower);

} // namespace newsgraph::core
