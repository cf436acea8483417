// Investors joining or leading a funding round: "이번 투자에는 A, B 등이 참여했다", "이번 투자는 X가
// 주도했고".
#pragma once

#include "extract/ArgumentSlots.h"
#include "extract/RelationCandidate.h"
#include "extract/TriggerReading.h"

#include <vector>

namespace newsgraph::core {

// Reads a 참여 or 주도 trigger: the clause's subject invests in the company whose round the sentence names
// (its owner in the genitive, else the sentence's own topic, else the company the passage is about).
void readRoundParticipation(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                            const Args& subject, std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
