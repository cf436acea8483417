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

class RateTable;

// Applies the filter to stored data, keeping only entities/relations/evidence that pass.
//  - articles / outlets / dates filter evidence (date = the evidence's own date, else its article's
//    publication date; an undated piece of evidence fails any date bound). A relation left
//    without evidence is dropped unless user-added. Entities are kept if one of their articles
//    passes, if they end a kept relation, or if user-added.
//  - minAmountUsd hides relations whose largest amount is below it, in USD at the rate of the
//    evidence's year (or the article's own conversion; the built-in table unless `rates` is given);
//    relations with no amount at all are not affected (the filter is about sizes, not about having one).
//  - minMentions applies to total mentions (user-added entities are exempt); minDegree and then
//    hideIsolated are applied last, in one pass, on the filtered relations.
//  - Relative order, ids and the GraphData sort invariants are kept.
GraphData applyFilter(const GraphData& data, const GraphFilter& filter);
GraphData applyFilter(const GraphData& data, const GraphFilter& filter, const RateTable& rates);

} // namespace newsgraph::core
