// Stakes named before their verb: buying a majority ("X 지분 80%를 620억원에 취득") is an acquisition, and
// "X 지분 21%를 보유했던 Y" names its holder in the phrase the verb modifies.
#pragma once

#include "extract/ArgumentStructure.h"

#include <cstddef>

namespace newsgraph::core {

// After the stake noun at `stake`, a share above half ("80%", "100%", "전량") and then a verb of buying
// (취득, 인수, 사들이다, 매입, 확보) in the same clause: control changes hands.
bool buysMajorityStake(const std::vector<Token>& tokens, std::size_t stake);

// "X 지분 21%를 보유했던 독일 폭스바겐은": the name a holding verb after the stake modifies, else null.
const Argument* stakeHolderAfter(const ArgumentStructure& structure, std::size_t stake);

} // namespace newsgraph::core
