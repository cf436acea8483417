// Key-based comparison of two stored graphs.
#include "GraphDiff.h"

#include <algorithm>
#include <map>
#include <set>

namespace newsgraph::core {
namespace {

struct IndexedRelation {
    RelationChange change;
    std::vector<Amount> amounts;
    std::set<std::string> outlets;
};

std::map<RelationKey, IndexedRelation> indexRelations(const GraphData& data, bool includeMentionedWith)
{
    std::map<RelationKey, IndexedRelation> index;
    for (const RelationRecord& relation : data.relations) {
        if (relation.type == RelationType::MentionedWith && !includeMentionedWith)
            continue;
        const EntityRecord* source = data.entity(relation.source);
        const EntityRecord* target = data.entity(relation.target);
        if (!source || !target)
            continue;
        RelationKey key{relation.type, source->key, target->key};
        if (isSymmetric(relation.type) && key.targetKey < key.sourceKey)
            std::swap(key.sourceKey, key.targetKey);
        IndexedRelation& entry = index[key];
        entry.change = {key, source->name, target->name};
        for (const EvidenceRecord& evidence : relation.evidence) {
            if (evidence.amount &&
                std::none_of(entry.amounts.begin(), entry.amounts.end(), [&](const Amount& a) {
                    return a.currency == evidence.amount->currency && a.value == evidence.amount->value;
                }))
                entry.amounts.push_back(*evidence.amount);
            if (const ArticleRecord* article = data.article(evidence.article); article && !article->outlet.empty())
                entry.outlets.insert(article->outlet);
        }
        std::sort(entry.amounts.begin(), entry.amounts.end(), [](const Amount& a, const Amount& b) {
            return std::tie(a.currency, a.value) < std::tie(b.currency, b.value);
        });
    }
    return index;
}

std::map<std::string, EntityChange> indexEntities(const GraphData& data)
{
    std::map<std::string, EntityChange> index;
    for (const EntityRecord& entity : data.entities)
        index[entity.key] = {entity.key, entity.name, entity.type};
    return index;
}

bool sameAmounts(const std::vector<Amount>& a, const std::vector<Amount>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Amount& x, const Amount& y) {
        return x.currency == y.currency && x.value == y.value;
    });
}

} // namespace

bool GraphDiff::empty() const
{
    return addedEntities.empty() && removedEntities.empty() && addedRelations.empty() && removedRelations.empty() &&
           changedAmounts.empty() && newCorroboration.empty();
}

GraphDiff diffGraphs(const GraphData& before, const GraphData& after, bool includeMentionedWith)
{
    GraphDiff diff;
    auto oldEntities = indexEntities(before);
    auto newEntities = indexEntities(after);
    for (const auto& [key, entity] : newEntities)
        if (!oldEntities.contains(key))
            diff.addedEntities.push_back(entity);
    for (const auto& [key, entity] : oldEntities)
        if (!newEntities.contains(key))
            diff.removedEntities.push_back(entity);

    auto oldRelations = indexRelations(before, includeMentionedWith);
    auto newRelations = indexRelations(after, includeMentionedWith);
    for (const auto& [key, relation] : newRelations) {
        auto old = oldRelations.find(key);
        if (old == oldRelations.end()) {
            diff.addedRelations.push_back(relation.change);
            continue;
        }
        if (!sameAmounts(old->second.amounts, relation.amounts))
            diff.changedAmounts.push_back({relation.change, old->second.amounts, relation.amounts});
        std::vector<std::string> gained;
        std::set_difference(relation.outlets.begin(), relation.outlets.end(), old->second.outlets.begin(),
                            old->second.outlets.end(), std::back_inserter(gained));
        if (!gained.empty())
            diff.newCorroboration.push_back({relation.change, gained});
    }
    for (const auto& [key, relation] : oldRelations)
        if (!newRelations.contains(key))
            diff.removedRelations.push_back(relation.change);
    return diff;
}

} // namespace newsgraph::core
