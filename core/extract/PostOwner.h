// The organisation of a post someone joins as: "뉴로바인 최고의학책임자(CMO)로는 장세린 박사가 합류했다".
#pragma once

#include "extract/ArgumentSlots.h"

namespace newsgraph::core {

// The organisation named right before a title in 로/으로(는) within the clause before `trigger`: the person
// joining, appointed or hired takes that post there.
Args postOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);

} // namespace newsgraph::core
