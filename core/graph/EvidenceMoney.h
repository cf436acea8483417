// The date and the US-dollar value of one evidence sentence's amount, the same for filters, money views and edges.
#pragma once

#include "graph/RateTable.h"
#include "model/GraphData.h"

#include <optional>
#include <string>

namespace newsgraph::core {

// The event date the sentence gives, else its article's publication date ("" when neither is known).
std::string evidenceDate(const EvidenceRecord& evidence, const GraphData& data);

// The evidence amount in USD: the article's own conversion to dollars where it gives one, else the
// rate of the evidence's year (latest year when undated); nullopt without an amount or a known currency.
std::optional<double> evidenceUsd(const EvidenceRecord& evidence, const GraphData& data, const RateTable& rates);

} // namespace newsgraph::core
