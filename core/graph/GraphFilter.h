// Which part of the stored graph to look at: types, articles, dates, amounts, mentions.
#pragma once

#include "model/EntityType.h"
#include "model/GraphData.h"
#include "model/RelationType.h"

#include <optional>
#include <set>
#include <string>

namespace newsgraph::core {

struct GraphFilter {
    std::set<EntityType> entityTypes;     // empty = all
    std::set<RelationType> relationTypes; // empty = all
    std::set<ArticleId> articles;         // empty = all
    std::set<std::string> outlets;        // empty = all
    std::string dateFrom, dateTo;         // ISO prefixes, inclusive; "" = open (event date, else publication)
    double minAmountUsd = 0;              // relations with a smaller (normalised) amount are hidden when > 0
    int minMentions = 0;
    int minDegree = 0;
    bool hideIsolated = false;
    bool verifiedOnly = false;

    bool operator==(const GraphFilter&) const = default;
};

// Applies the filter to stored data, keeping only entities/relations/evidence that pass.
GraphData applyFilter(const GraphData& data, const GraphFilter& filter);

} // namespace newsgraph::core
