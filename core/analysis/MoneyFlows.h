// "Follow the money": investment and funding flows with amounts normalised to USD, and totals.
#pragma once

#include "graph/RateTable.h"
#include "model/GraphData.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

// One row of the flows table: a money relation and one amount stated for it (or none).
struct MoneyFlow {
    RelationId relation = 0;
    EntityId from = 0;
    EntityId to = 0;
    RelationType type = RelationType::InvestsIn;
    std::optional<Amount> amount;   // as the article states it
    std::optional<double> usd;      // normalised (article's own conversion first, else the rate table)
    std::string date;               // event date, else the article's publication date
    std::vector<std::string> sources; // article file names stating this amount
};

struct MoneyTotals {
    double inUsd = 0;
    double outUsd = 0;
    int flowsIn = 0;
    int flowsOut = 0;
};

// Rows for invests_in / funds / acquires relations: one per distinct amount per relation, one
// row without amount for relations that state none. Sorted by relation id, then amount.
std::vector<MoneyFlow> moneyFlows(const GraphData& data, const RateTable& rates);

// Totals per entity. A relation counts once, with its largest normalised amount, so that the
// same deal reported by several articles is not added up twice.
std::map<EntityId, MoneyTotals> moneyTotals(const std::vector<MoneyFlow>& flows);

} // namespace newsgraph::core
