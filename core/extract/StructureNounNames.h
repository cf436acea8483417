// Names a structure noun introduces: "신설법인 네이버케어를", "현지법인 X", "유럽 연구소인 네이버랩스유럽은".
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

// Proposes the unknown name right after a new-entity noun (…법인) or a lab noun used as an apposition
// (연구소인, 연구조직인, 연구센터인) as a company: spin-offs and subsidiaries are introduced this way, and
// their new names are in no lexicon yet.
void proposeAfterStructureNouns(AnalysedSentence& sentence);

} // namespace newsgraph::core
