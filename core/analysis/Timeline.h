// Event time of relations (stated date, else publication date) and "as of" views of the graph.
#pragma once

#include "model/GraphData.h"

#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

// The earliest evidence date of the relation; where evidence states no date, the publication
// date of its article stands in. "" when neither is known.
std::string relationEventDate(const RelationRecord& relation, const GraphData& data);

// The graph as it was known on `isoDate` (inclusive, compared by prefix precision): relations
// whose event date is later are dropped, undated ones kept; entities are all kept so that the
// layout does not jump while a time slider plays.
GraphData graphAsOf(const GraphData& data, std::string_view isoDate);

// Distinct event months ("2024-06") in ascending order, for a time slider.
std::vector<std::string> timelineMonths(const GraphData& data);

} // namespace newsgraph::core
