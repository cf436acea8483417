// Finding the names an apposition joins: the argument starting at a token, after describing words, or covering a span.
#pragma once

#include "extract/ArgumentStructure.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

// The name whose phrase starts at `token` (modifiers included), not a modifier itself.
const Argument* argumentStartingAt(const ArgumentStructure& s, std::size_t token);

// "X 최대주주인 SK하이닉스 관계자들": a name modifying a person noun still names the organisation meant.
const Argument* argumentOrOwnerAt(const ArgumentStructure& s, std::size_t token);

// The token after a parenthesised alias written right after a name ("국립보건원(NIH) 산하"), else `token`.
std::size_t skipAlias(const std::vector<Token>& tokens, std::size_t token);

// The name after a few describing words: "산하 연구기관인 Y", "계열 자율주행 소프트웨어 기업 Y".
const Argument* argumentAfterDescriptors(const ArgumentStructure& s, std::size_t from);

// The name spanning exactly [first, last], else one covering it.
const Argument* argumentCovering(const ArgumentStructure& s, std::size_t first, std::size_t last);

} // namespace newsgraph::core
