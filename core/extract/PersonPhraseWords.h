// Word tests the person recogniser reads a title phrase with: verb forms, name starts, company titles.
#pragma once

#include "extract/SentenceTokens.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// Verb forms that end a noun phrase ("만난", "입사한", "떠났던", "있는"): names never end like this.
bool looksLikeVerbForm(std::string_view w);

// A word whose last syllable was split off as a particle (와, 로, 도 ...) although it ends a foreign name:
// it starts the phrase (sentence start, after punctuation or a verb form) and a name word follows.
bool startsNamePhrase(const std::vector<Token>& tokens, std::size_t i);

// Titles that belong to companies (not ministers or presidents, who come with known organisations).
bool isCompanyTitle(std::string_view title);

// A word between a name and a title that can be an organisation's name: not a department ("경영학부",
// "컨설팅", "AI팀"), not a common noun.
bool isUnknownOrganisationWord(std::string_view w);

} // namespace newsgraph::core
