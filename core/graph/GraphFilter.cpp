// The filter is applied in a fixed order: evidence, relations, entities, then degree-based pruning.
#include "graph/GraphFilter.h"

#include "graph/EvidenceMoney.h"
#include "graph/RateTable.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace newsgraph::core {
namespace {

// ISO dates are periods of different precision ("2024", "2024-06", "2024-06-17"); a date passes
// a bound when the two agree on their common prefix or lie on the right side of it, so
// "2024-06" overlaps a range starting on 2024-06-17.
int comparePeriods(const std::string& date, const std::string& bound)
{
    const std::size_t n = std::min(date.size(), bound.size());
    return date.compare(0, n, bound, 0, n);
}

bool dateInRange(const std::string& date, const std::string& from, const std::string& to)
{
    if (from.empty() && to.empty())
        return true;
    if (date.empty())
        return false;
    if (!from.empty() && comparePeriods(date, from) < 0)
        return false;
    if (!to.empty() && comparePeriods(date, to) > 0)
        return false;
    return true;
}

class ArticleCheck
{
public:
    ArticleCheck(const GraphData& data, const GraphFilter& filter) : filter_(filter)
    {
        for (const auto& a : data.articles)
            byId_[a.id] = &a;
    }

    bool constrains() const
    {
        return !filter_.articles.empty() || !filter_.outlets.empty() || !filter_.dateFrom.empty() ||
               !filter_.dateTo.empty();
    }

    bool source(ArticleId id) const
    {
        if (!filter_.articles.empty() && !filter_.articles.contains(id))
            return false;
        if (filter_.outlets.empty())
            return true;
        auto* a = article(id);
        return a && filter_.outlets.contains(a->outlet);
    }

    bool published(ArticleId id) const
    {
        auto* a = article(id);
        return source(id) && dateInRange(a ? a->publishedDate : std::string(), filter_.dateFrom, filter_.dateTo);
    }

    bool evidence(const EvidenceRecord& ev) const
    {
        if (!source(ev.article))
            return false;
        const auto* a = article(ev.article);
        const std::string& date = !ev.date.empty() ? ev.date : a ? a->publishedDate : ev.date;
        return dateInRange(date, filter_.dateFrom, filter_.dateTo);
    }

private:
    const ArticleRecord* article(ArticleId id) const
    {
        auto it = byId_.find(id);
        return it == byId_.end() ? nullptr : it->second;
    }

    const GraphFilter& filter_;
    std::unordered_map<ArticleId, const ArticleRecord*> byId_;
};

} // namespace

GraphData applyFilter(const GraphData& data, const GraphFilter& filter)
{
    static const RateTable builtIn = RateTable::builtIn();
    return applyFilter(data, filter, builtIn);
}

GraphData applyFilter(const GraphData& data, const GraphFilter& filter, const RateTable& rates)
{
    const ArticleCheck articles(data, filter);

    // Entities that may appear at all (type, mentions); article criteria come after relations.
    std::unordered_set<EntityId> eligible;
    for (const auto& e : data.entities) {
        if (!filter.entityTypes.empty() && !filter.entityTypes.contains(e.type))
            continue;
        if (!e.userAdded && e.mentions < filter.minMentions)
            continue;
        eligible.insert(e.id);
    }

    std::vector<RelationRecord> relations;
    for (const auto& r : data.relations) {
        if (!filter.relationTypes.empty() && !filter.relationTypes.contains(r.type))
            continue;
        if (filter.verifiedOnly && r.review != ReviewState::Verified)
            continue;
        if (!eligible.contains(r.source) || !eligible.contains(r.target))
            continue;
        RelationRecord kept = r;
        if (articles.constrains()) {
            std::erase_if(kept.evidence, [&](const EvidenceRecord& ev) { return !articles.evidence(ev); });
            if (kept.evidence.empty() && !kept.userAdded)
                continue;
        }
        if (filter.minAmountUsd > 0) {
            std::optional<double> largest;
            for (const auto& ev : kept.evidence)
                if (auto usd = evidenceUsd(ev, data, rates))
                        largest = std::max(largest.value_or(*usd), *usd);
            if (largest && *largest < filter.minAmountUsd)
                continue;
        }
        relations.push_back(std::move(kept));
    }

    std::unordered_set<EntityId> endpoints;
    for (const auto& r : relations) {
        endpoints.insert(r.source);
        endpoints.insert(r.target);
    }
    std::unordered_set<EntityId> shown;
    for (const auto& e : data.entities) {
        if (!eligible.contains(e.id))
            continue;
        bool inArticles = !articles.constrains() || e.userAdded || endpoints.contains(e.id) ||
                          std::any_of(e.articles.begin(), e.articles.end(),
                                      [&](ArticleId a) { return articles.published(a); });
        if (inArticles)
            shown.insert(e.id);
    }

    if (filter.minDegree > 0 || filter.hideIsolated) {
        std::unordered_map<EntityId, int> degree;
        for (const auto& r : relations) {
            ++degree[r.source];
            ++degree[r.target];
        }
        std::erase_if(shown, [&](EntityId id) {
            int d = degree.contains(id) ? degree[id] : 0;
            return d < filter.minDegree;
        });
        std::erase_if(relations, [&](const RelationRecord& r) {
            return !shown.contains(r.source) || !shown.contains(r.target);
        });
        if (filter.hideIsolated) {
            std::unordered_set<EntityId> connected;
            for (const auto& r : relations) {
                connected.insert(r.source);
                connected.insert(r.target);
            }
            std::erase_if(shown, [&](EntityId id) { return !connected.contains(id); });
        }
    }

    GraphData out;
    std::unordered_set<ArticleId> cited;
    for (const auto& r : relations)
        for (const auto& ev : r.evidence)
            cited.insert(ev.article);
    for (const auto& a : data.articles)
        if (!articles.constrains() || articles.published(a.id) || cited.contains(a.id))
            out.articles.push_back(a);
    for (const auto& e : data.entities)
        if (shown.contains(e.id))
            out.entities.push_back(e);
    out.relations = std::move(relations);
    return out;
}

} // namespace newsgraph::core
