// Works_for stated by an appointment to a title of an organisation: "한빛전자 사장으로 선임된 이상민 씨",
// "이상민 부사장을 한빛전자 대표로 선임했다", "김 씨는 한빛재단 이사장에 취임했다".
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <vector>

namespace newsgraph::core {

void addAppointmentPredicates(const ArgumentStructure& structure, const SentenceContext& context,
                              std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
