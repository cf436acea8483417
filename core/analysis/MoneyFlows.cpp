// Building the flows table and per-entity totals from stored relations and their evidence.
#include "MoneyFlows.h"

#include "graph/EvidenceMoney.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

bool sameAmount(const Amount& a, const Amount& b)
{
    return a.currency == b.currency && a.value == b.value;
}

} // namespace

std::vector<MoneyFlow> moneyFlows(const GraphData& data, const RateTable& rates)
{
    std::vector<MoneyFlow> flows;
    for (const RelationRecord& relation : data.relations) {
        if (!isMoneyRelation(relation.type))
            continue;
        std::vector<MoneyFlow> rows;
        std::vector<std::string> allSources;
        std::string firstDate;
        for (const EvidenceRecord& evidence : relation.evidence) {
            allSources.push_back(evidence.articleFile);
            std::string date = evidenceDate(evidence, data);
            if (firstDate.empty() || (!date.empty() && date < firstDate))
                firstDate = date;
            if (!evidence.amount)
                continue;
            auto same = std::find_if(rows.begin(), rows.end(),
                                     [&](const MoneyFlow& row) { return sameAmount(*row.amount, *evidence.amount); });
            if (same != rows.end()) {
                same->sources.push_back(evidence.articleFile);
                continue;
            }
            MoneyFlow row{relation.id, relation.source, relation.target, relation.type, evidence.amount,
                          rates.toUsd(*evidence.amount, yearOf(date)), date, {evidence.articleFile}};
            rows.push_back(std::move(row));
        }
        if (rows.empty())
            rows.push_back(MoneyFlow{relation.id, relation.source, relation.target, relation.type, std::nullopt,
                                     std::nullopt, firstDate, allSources});
        for (MoneyFlow& row : rows) {
            std::sort(row.sources.begin(), row.sources.end());
            row.sources.erase(std::unique(row.sources.begin(), row.sources.end()), row.sources.end());
        }
        std::stable_sort(rows.begin(), rows.end(), [](const MoneyFlow& a, const MoneyFlow& b) {
            return a.usd.value_or(0) > b.usd.value_or(0);
        });
        flows.insert(flows.end(), rows.begin(), rows.end());
    }
    return flows;
}

std::map<EntityId, MoneyTotals> moneyTotals(const std::vector<MoneyFlow>& flows)
{
    std::map<RelationId, const MoneyFlow*> largest;
    for (const MoneyFlow& flow : flows) {
        auto& best = largest[flow.relation];
        if (!best || flow.usd.value_or(0) > best->usd.value_or(0))
            best = &flow;
    }
    std::map<EntityId, MoneyTotals> totals;
    for (const auto& [relation, flow] : largest) {
        double usd = flow->usd.value_or(0);
        MoneyTotals& out = totals[flow->from];
        out.outUsd += usd;
        ++out.flowsOut;
        MoneyTotals& in = totals[flow->to];
        in.inUsd += usd;
        ++in.flowsIn;
    }
    return totals;
}

} // namespace newsgraph::core
