// Works_for stated by an office title after a person: "안상수 창원시장", "노대래 공정거래위원장" (the title fused to
// the body), "김철수 창원시 시장", "그레그 애벗 텍사스 주지사" (the title after the jurisdiction's name).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

void addOfficeHolders(const ArgumentStructure& structure, const SentenceContext& context, std::vector<RelationCandidate>& out);

// The first token after a person's name that is not a tense marker or a bracketed age ("전", "현", "(53)");
// `past` is set when a "전" was skipped.
std::size_t skipTitleMarkers(const std::vector<Token>& tokens, std::size_t from, bool* past = nullptr);

} // namespace newsgraph::core
