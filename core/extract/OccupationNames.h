// Finds person names introduced by an occupation noun rather than a title ("개발자 장마르크 트랑블레가 설립한").
#pragma once

#include "extract/EntityCandidate.h"

#include <string>
#include <vector>

namespace newsgraph::core {

// Adds a person candidate for a name of one Korean or two to three transliterated words written right after
// an occupation noun ("개발자", "엔지니어", "과학자") and closed by a case particle; the name joins `known`
// so that a later short form ("트랑블레 대표") resolves to it.
void proposePersonsAfterOccupation(AnalysedSentence& sentence, std::vector<std::string>& known);

} // namespace newsgraph::core
