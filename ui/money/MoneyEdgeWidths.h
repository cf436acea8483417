// Edge amounts for "follow the money": each money relation's largest stated amount in USD.
#pragma once

#include "analysis/MoneyFlows.h"

#include <map>
#include <vector>

namespace newsgraph::ui {

// Relation id -> largest normalised amount; relations without a convertible amount are absent.
std::map<core::RelationId, double> largestUsdPerRelation(const std::vector<core::MoneyFlow>& flows);

} // namespace newsgraph::ui
