// Office titles written fused to the body they head ("창원시장", "공정거래위원장", "경남교육감") and titles after a
// jurisdiction's name ("창원시 시장", "텍사스 주지사"): the person before them works for that body.
#pragma once

#include "extract/EntityCandidate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

class Lexicon;

struct FusedOfficeReading {
    std::string body;      // the body the word names ("창원시" in "창원시장")
    std::string_view role; // canonical role ("mayor")
};

// "창원시장" -> {창원시, mayor}, "공정위원장" -> {공정위원회, chairman}, {공정위, chairman}: the bodies a fused title
// may stand for, most likely first. Empty when the word is no fused title or too short to name a body.
std::vector<FusedOfficeReading> fusedOfficeReadings(std::string_view word);

// A title written after a jurisdiction's name ("창원시 시장", "텍사스 주지사"): its canonical role.
std::optional<std::string_view> jurisdictionHeadTitle(std::string_view word);

// Proposes the body a fused title names as a candidate over the title's word, when the lexicon knows the body
// as a government or a place. Runs after the person recogniser, which reads the same word as a title.
void proposeFusedOfficeBodies(AnalysedSentence& sentence, const Lexicon& lexicon);

} // namespace newsgraph::core
