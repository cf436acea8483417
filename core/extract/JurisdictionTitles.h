// Titles of elected heads of a state, province or region ("주지사", "도지사") and the place written before
// them.
#pragma once

#include "extract/EntityCandidate.h"

#include <cstddef>
#include <string_view>

namespace newsgraph::core {

// A title naming the head of a state or province's government: "주지사", "도지사", "주의원".
bool isJurisdictionTitle(std::string_view title);

// "그레그 애벗 텍사스 주지사", "김영수 전남 도지사": the word right before the title is the jurisdiction when
// a name stands before it (a Korean full name, two name words, or a person already recognised), or when the
// title introduces the name after it ("조지아 주지사인 브라이언 켐프"). Adds it as a place candidate when no
// candidate covers it yet; true when the token before the title is (now) a place or country candidate.
bool proposeJurisdictionBefore(AnalysedSentence& sentence, std::size_t title);

// True when every token in [first, last] lies in a place or country candidate.
bool placesCover(const AnalysedSentence& sentence, std::size_t first, std::size_t last);

} // namespace newsgraph::core
