// Proposes places the lexicon does not know from the place written before them ("조지아주 엘라벨에", "대전 유성구").
#pragma once

#include "extract/EntityCandidate.h"

namespace newsgraph::core {

class PlaceNames
{
public:
    // After the lexicon and the suffix rules: a town after its state or province ("애리조나주 퀸크리크에",
    // "텍사스주 윌리엄슨카운티 라운드록에서"), a district after its city ("대전 유성구"), and a state after its
    // country ("인도 타밀나두주"). Each new place may introduce the next one.
    void propose(AnalysedSentence& sentence) const;
};

} // namespace newsgraph::core
