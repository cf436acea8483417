// "최대주주인 장병규 의장도 찬성했다": a major shareholder named without its company holds shares in the
// company the passage is about (shareholder_of to the discourse focus).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addFocusShareholders(const ArgumentStructure& structure, const SentenceContext& context,
                          std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
