// The filter is applied in a fixed order: evidence, relations, entities, then degree-based pruning.
#include "graph/GraphFilter.h"

#include "graph/EvidenceMoney.h"
#include "graph/RateTable.h"

#include <algorithm>
#include <cstdint>
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
        if (!constrains())
            return; // never asked: spare a map of every article on each filter change
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

// Entity positions by id: a dense table when ids are compact (the store's rowids usually are),
// else binary search over the id-sorted entities. The filter asks this once per relation end, and
// hash sets of 20,000 ids cost more than the whole test at that size.
class EntityPositions
{
public:
    explicit EntityPositions(const std::vector<EntityRecord>& entities) : entities_(entities)
    {
        if (entities.empty())
            return;
        const EntityId lowest = entities.front().id, highest = entities.back().id;
        if (lowest < 0 || highest - lowest > static_cast<EntityId>(4 * entities.size() + 1024))
            return;
        offset_ = lowest;
        dense_.assign(static_cast<std::size_t>(highest - lowest + 1), -1);
        for (std::size_t i = 0; i < entities.size(); ++i)
            dense_[static_cast<std::size_t>(entities[i].id - lowest)] = static_cast<std::int32_t>(i);
    }

    // -1 when no entity has this id.
    std::int32_t operator()(EntityId id) const
    {
        if (!dense_.empty()) {
            if (id < offset_ || id - offset_ >= static_cast<EntityId>(dense_.size()))
                return -1;
            return dense_[static_cast<std::size_t>(id - offset_)];
        }
        auto it = std::lower_bound(entities_.begin(), entities_.end(), id,
                                   [](const EntityRecord& e, EntityId value) { return e.id < value; });
        return it != entities_.end() && it->id == id ? static_cast<std::int32_t>(it - entities_.begin()) : -1;
    }

private:
    const std::vector<EntityRecord>& entities_;
    EntityId offset_ = 0;
    std::vector<std::int32_t> dense_;
};

// A relation that passed, by position. Kept small (16 bytes, 60,000 of them on a large graph): the
// positions of its evidence that passed, when the article criteria dropped some of it, live in a
// side table (`trimmed` indexes it, -1 when all evidence passed). Records are copied only at the
// end, once; a copy shares its evidence with the stored graph unless the evidence was trimmed.
struct KeptRelation {
    std::uint32_t index;
    std::int32_t source, target;
    std::int32_t trimmed = -1;
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
    const EntityPositions positionOf(data.entities);
    const std::size_t entityCount = data.entities.size();

    // Entities that may appear at all (type, mentions); article criteria come after relations.
    std::vector<char> eligible(entityCount, 0);
    for (std::size_t i = 0; i < entityCount; ++i) {
        const auto& e = data.entities[i];
        if (!filter.entityTypes.empty() && !filter.entityTypes.contains(e.type))
            continue;
        if (!e.userAdded && e.mentions < filter.minMentions)
            continue;
        eligible[i] = 1;
    }

    std::vector<KeptRelation> relations;
    relations.reserve(data.relations.size());
    std::vector<std::vector<std::uint32_t>> trimmedEvidence;
    std::vector<std::uint32_t> passingAt;
    std::vector<const EvidenceRecord*> passing;
    for (std::size_t i = 0; i < data.relations.size(); ++i) {
        const auto& r = data.relations[i];
        if (!filter.relationTypes.empty() && !filter.relationTypes.contains(r.type))
            continue;
        if (filter.verifiedOnly && r.review != ReviewState::Verified)
            continue;
        const std::int32_t source = positionOf(r.source), target = positionOf(r.target);
        if (source < 0 || target < 0 || !eligible[static_cast<std::size_t>(source)] ||
            !eligible[static_cast<std::size_t>(target)])
            continue;
        KeptRelation kept{static_cast<std::uint32_t>(i), source, target};
        passing.clear();
        passingAt.clear();
        if (articles.constrains()) {
            for (std::size_t k = 0; k < r.evidence.size(); ++k)
                if (articles.evidence(r.evidence[k])) {
                    passingAt.push_back(static_cast<std::uint32_t>(k));
                    passing.push_back(&r.evidence[k]);
                }
            if (passing.empty() && !r.userAdded)
                continue;
        } else if (filter.minAmountUsd > 0) {
            for (const auto& ev : r.evidence)
                passing.push_back(&ev);
        }
        if (filter.minAmountUsd > 0) {
            std::optional<double> largest;
            for (const EvidenceRecord* ev : passing)
                if (auto usd = evidenceUsd(*ev, data, rates))
                    largest = std::max(largest.value_or(*usd), *usd);
            if (largest && *largest < filter.minAmountUsd)
                continue;
        }
        if (articles.constrains() && passingAt.size() != r.evidence.size()) {
            kept.trimmed = static_cast<std::int32_t>(trimmedEvidence.size());
            trimmedEvidence.push_back(passingAt);
        }
        relations.push_back(kept);
    }

    std::vector<char> shown(entityCount, 0);
    {
        std::vector<char> endpoint(entityCount, 0);
        for (const auto& r : relations)
            endpoint[static_cast<std::size_t>(r.source)] = endpoint[static_cast<std::size_t>(r.target)] = 1;
        for (std::size_t i = 0; i < entityCount; ++i) {
            if (!eligible[i])
                continue;
            const auto& e = data.entities[i];
            shown[i] = !articles.constrains() || e.userAdded || endpoint[i] ||
                       std::any_of(e.articles.begin(), e.articles.end(),
                                   [&](ArticleId a) { return articles.published(a); });
        }
    }

    if (filter.minDegree > 0 || filter.hideIsolated) {
        std::vector<int> degree(entityCount, 0);
        for (const auto& r : relations) {
            ++degree[static_cast<std::size_t>(r.source)];
            ++degree[static_cast<std::size_t>(r.target)];
        }
        for (std::size_t i = 0; i < entityCount; ++i)
            if (degree[i] < filter.minDegree)
                shown[i] = 0;
        std::erase_if(relations, [&](const KeptRelation& r) {
            return !shown[static_cast<std::size_t>(r.source)] || !shown[static_cast<std::size_t>(r.target)];
        });
        if (filter.hideIsolated) {
            std::vector<char> connected(entityCount, 0);
            for (const auto& r : relations)
                connected[static_cast<std::size_t>(r.source)] = connected[static_cast<std::size_t>(r.target)] = 1;
            for (std::size_t i = 0; i < entityCount; ++i)
                shown[i] = shown[i] && connected[i];
        }
    }

    GraphData out;
    std::unordered_set<ArticleId> cited;
    if (articles.constrains())
        for (const auto& r : relations) {
            const auto& evidence = data.relations[r.index].evidence;
            if (r.trimmed < 0)
                for (const auto& ev : evidence)
                    cited.insert(ev.article);
            else
                for (std::uint32_t k : trimmedEvidence[static_cast<std::size_t>(r.trimmed)])
                    cited.insert(evidence[k].article);
        }
    if (!articles.constrains())
        out.articles = data.articles;
    else
        for (const auto& a : data.articles)
            if (articles.published(a.id) || cited.contains(a.id))
                out.articles.push_back(a);
    out.entities.reserve(static_cast<std::size_t>(std::count(shown.begin(), shown.end(), 1)));
    for (std::size_t i = 0; i < entityCount; ++i)
        if (shown[i])
            out.entities.push_back(data.entities[i]);
    out.relations.reserve(relations.size());
    for (const auto& kept : relations) {
        const RelationRecord& r = data.relations[kept.index];
        if (kept.trimmed < 0) {
            out.relations.push_back(r);
            continue;
        }
        const auto& passed = trimmedEvidence[static_cast<std::size_t>(kept.trimmed)];
        std::vector<EvidenceRecord> evidence;
        evidence.reserve(passed.size());
        for (std::uint32_t k : passed)
            evidence.push_back(r.evidence[k]);
        RelationRecord copy = r; // shares r's evidence until it is replaced
        copy.evidence = std::move(evidence);
        out.relations.push_back(std::move(copy));
    }
    return out;
}

} // namespace newsgraph::core
