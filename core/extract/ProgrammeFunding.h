// Money a named body's programme hands out, told from the recipient's side: "EIC 프로그램에서 250만유로를
// 확보했다", "유럽연합으로부터 300만유로를 받았다", "X의 Y 프로그램에서 1억원을 지원받았다".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

// Adds funds (or invests_in, for an investment firm) from the giver in the 에서/로부터 phrase to the clause's
// subject, when the clause's object is a sum and its verb obtains it (받다, 확보하다, 따내다, 획득하다).
void readProgrammeFunding(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
