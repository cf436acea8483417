// Edge amounts for "follow the money".
#include "MoneyEdgeWidths.h"

#include <algorithm>

namespace newsgraph::ui {

std::map<core::RelationId, double> largestUsdPerRelation(const std::vector<core::MoneyFlow>& flows)
{
    std::map<core::RelationId, double> largest;
    for (const auto& flow : flows)
        if (flow.usd && *flow.usd > 0)
            largest[flow.relation] = std::max(largest[flow.relation], *flow.usd);
    return largest;
}

} // namespace newsgraph::ui
