// Words naming a unit inside an organisation ("화학생명공학과", "의과대학", "영업본부"), written between the
// organisation and a person who works there: "고려대 화학생명공학과 윤서진 교수".
#pragma once

#include "extract/ArgumentStructure.h"

#include <cstddef>

namespace newsgraph::core {

// True when the token is a unit word (and no name the recognisers found).
bool isOrganisationUnit(const ArgumentStructure& structure, std::size_t token);

// The first token from `from` that is not a unit word, skipping at most two.
std::size_t skipOrganisationUnits(const ArgumentStructure& structure, std::size_t from);

} // namespace newsgraph::core
