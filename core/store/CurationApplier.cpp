// Curation on read: a union-find over entities for merges, then one pass over relations.
#include "store/CurationApplier.h"

#include "text/NameKey.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>

namespace newsgraph::core::store {

std::string splitEntityKey(const std::string& entityKey, const std::string& alias)
{
    return "split:" + entityKey + "|" + nameKey(alias);
}

std::optional<RelationRef> parseRelationValue(const std::string& value)
{
    RelationRef ref;
    auto eq = value.find('=');
    auto type = relationTypeFromString(std::string_view(value).substr(0, eq));
    if (!type)
        return std::nullopt;
    ref.type = *type;
    if (eq != std::string::npos) {
        std::string_view state = std::string_view(value).substr(eq + 1);
        if (state != "unreviewed" && state != "verified" && state != "disputed" && state != "rejected")
            return std::nullopt;
        ref.state = reviewStateFromString(state);
    }
    return ref;
}

namespace {

class EntityGroups
{
public:
    explicit EntityGroups(std::size_t n) : parent_(n), removed_(n, false) { std::iota(parent_.begin(), parent_.end(), 0); }

    std::size_t find(std::size_t i)
    {
        while (parent_[i] != i) {
            parent_[i] = parent_[parent_[i]];
            i = parent_[i];
        }
        return i;
    }
    void join(std::size_t survivor, std::size_t merged) { parent_[find(merged)] = find(survivor); }
    void remove(std::size_t i) { removed_[find(i)] = true; }
    bool removed(std::size_t i) { return removed_[find(i)]; }

private:
    std::vector<std::size_t> parent_;
    std::vector<bool> removed_;
};

bool isEntityEdit(CurationEdit::Kind kind)
{
    using K = CurationEdit::Kind;
    return kind == K::RenameEntity || kind == K::RetypeEntity || kind == K::MergeEntities || kind == K::SplitAlias ||
           kind == K::RemoveEntity;
}

} // namespace

GraphData CurationApplier::apply(const std::vector<CurationEdit>& edits, bool includeRejected)
{
    GraphData& data = raw_.data;
    auto& entities = data.entities;
    const std::size_t n = entities.size();

    std::unordered_map<EntityId, std::size_t> indexOf;
    for (std::size_t i = 0; i < n; ++i)
        indexOf[entities[i].id] = i;
    EntityGroups groups(n);
    std::vector<std::set<std::string>> aliases(n);
    for (std::size_t i = 0; i < n; ++i)
        aliases[i].insert(entities[i].aliases.begin(), entities[i].aliases.end());

    auto indexOfKey = [&](const std::string& key) -> std::optional<std::size_t> {
        auto it = raw_.entityByKey.find(key);
        if (it == raw_.entityByKey.end())
            return std::nullopt;
        auto idx = indexOf.find(it->second);
        if (idx == indexOf.end())
            return std::nullopt;
        return idx->second;
    };
    auto resolve = [&](const std::string& key) -> std::optional<std::size_t> {
        auto i = indexOfKey(key);
        if (!i || groups.removed(*i))
            return std::nullopt;
        return groups.find(*i);
    };

    std::vector<bool> splitUsed(n, false);
    for (const auto& edit : edits) {
        if (!isEntityEdit(edit.kind))
            continue;
        auto subject = resolve(edit.entityKey);
        if (!subject)
            continue;
        EntityRecord& e = entities[*subject];
        switch (edit.kind) {
        case CurationEdit::Kind::RenameEntity:
            if (!edit.value.empty() && edit.value != e.name) {
                aliases[*subject].insert(e.name); // the old name stays findable and exported
                e.name = edit.value;
            }
            break;
        case CurationEdit::Kind::RetypeEntity:
            if (auto type = entityTypeFromString(edit.value))
                e.type = *type;
            break;
        case CurationEdit::Kind::MergeEntities: {
            auto other = resolve(edit.otherKey);
            if (!other || *other == *subject)
                break;
            EntityRecord& m = entities[*other];
            aliases[*subject].merge(aliases[*other]);
            aliases[*subject].insert(m.name);
            e.mentions += m.mentions;
            e.articles.insert(e.articles.end(), m.articles.begin(), m.articles.end());
            e.userAdded = e.userAdded || m.userAdded;
            e.confidence = std::max(e.confidence, m.confidence);
            groups.join(*subject, *other);
            break;
        }
        case CurationEdit::Kind::SplitAlias: {
            auto split = indexOfKey(splitEntityKey(edit.entityKey, edit.value));
            const std::string aliasKey = nameKey(edit.value);
            if (!split || groups.removed(*split) || groups.find(*split) == *subject || nameKey(e.name) == aliasKey)
                break;
            EntityRecord& s = entities[*split];
            for (auto it = aliases[*subject].begin(); it != aliases[*subject].end();) {
                if (nameKey(*it) == aliasKey) {
                    aliases[*split].insert(*it);
                    it = aliases[*subject].erase(it);
                } else {
                    ++it;
                }
            }
            // Mentions written with that alias move along; relations stay (which of the two a
            // sentence meant cannot be told from the stored rows).
            for (std::size_t j = 0; j < n; ++j) {
                if (groups.find(j) != *subject)
                    continue;
                auto moved = lookup_(entities[j].id, aliasKey);
                e.mentions = std::max(0, e.mentions - moved.count);
                s.mentions += moved.count;
                s.articles.insert(s.articles.end(), moved.articles.begin(), moved.articles.end());
            }
            s.type = e.type;
            splitUsed[*split] = true;
            break;
        }
        case CurationEdit::Kind::RemoveEntity: groups.remove(*subject); break;
        default: break;
        }
    }

    // Entities created for a split whose edit no longer applies are not shown.
    for (std::size_t i = 0; i < n; ++i) {
        auto origin = raw_.origin.find(entities[i].id);
        if (origin != raw_.origin.end() && origin->second == "split" && !splitUsed[i])
            groups.remove(i);
    }

    std::vector<EntityId> finalId(n, 0);
    std::vector<EntityRecord> kept;
    for (std::size_t i = 0; i < n; ++i) {
        finalIds_[entities[i].id] = 0;
        if (groups.removed(i))
            continue;
        finalId[i] = entities[groups.find(i)].id;
        finalIds_[entities[i].id] = finalId[i];
        if (groups.find(i) != i)
            continue;
        EntityRecord e = std::move(entities[i]);
        aliases[i].erase(e.name);
        e.aliases.assign(aliases[i].begin(), aliases[i].end());
        std::sort(e.articles.begin(), e.articles.end());
        e.articles.erase(std::unique(e.articles.begin(), e.articles.end()), e.articles.end());
        kept.push_back(std::move(e));
    }
    entities = std::move(kept);

    auto finalOf = [&](EntityId id) -> EntityId {
        auto it = indexOf.find(id);
        return it == indexOf.end() ? 0 : finalId[it->second];
    };
    using RelationKey = std::tuple<RelationType, EntityId, EntityId>;
    std::map<RelationKey, std::size_t> relationAt;
    std::vector<RelationRecord> relations;
    std::vector<bool> combined;
    for (auto& r : data.relations) {
        EntityId s = finalOf(r.source), t = finalOf(r.target);
        if (s == 0 || t == 0 || s == t)
            continue; // endpoint removed, or a merge turned it into a self-loop
        if (isSymmetric(r.type) && t < s)
            std::swap(s, t);
        auto [it, inserted] = relationAt.try_emplace(RelationKey{r.type, s, t}, relations.size());
        if (inserted) {
            r.source = s;
            r.target = t;
            relations.push_back(std::move(r));
            combined.push_back(false);
            continue;
        }
        RelationRecord& into = relations[it->second];
        into.evidence.insert(into.evidence.end(), r.evidence.begin(), r.evidence.end());
        into.userAdded = into.userAdded || r.userAdded;
        combined[it->second] = true;
    }
    // "A와 B가 C에 투자" gives the same sentence as evidence for A->C and B->C; once A and B are
    // merged it would be listed twice.
    auto sameEvidence = [](const EvidenceRecord& a, const EvidenceRecord& b) {
        return a.article == b.article && a.sentenceIndex == b.sentenceIndex && a.amount == b.amount &&
               a.date == b.date && a.role == b.role && a.tense == b.tense;
    };
    for (std::size_t i = 0; i < relations.size(); ++i) {
        if (!combined[i])
            continue;
        auto& evidence = relations[i].evidence;
        std::stable_sort(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) {
            return std::tie(a.article, a.sentenceIndex) < std::tie(b.article, b.sentenceIndex);
        });
        std::vector<EvidenceRecord> unique;
        for (auto& ev : evidence) {
            bool seen = false;
            for (auto it = unique.rbegin(); it != unique.rend() && it->article == ev.article &&
                                            it->sentenceIndex == ev.sentenceIndex;
                 ++it)
                seen = seen || sameEvidence(*it, ev);
            if (!seen)
                unique.push_back(std::move(ev));
        }
        evidence = std::move(unique);
    }

    for (const auto& edit : edits) {
        using K = CurationEdit::Kind;
        if (edit.kind != K::RejectRelation && edit.kind != K::RestoreRelation && edit.kind != K::SetReview &&
            edit.kind != K::AddRelation)
            continue;
        auto source = resolve(edit.entityKey), target = resolve(edit.otherKey);
        auto ref = parseRelationValue(edit.value);
        if (!source || !target || !ref)
            continue;
        EntityId s = finalId[*source], t = finalId[*target];
        if (isSymmetric(ref->type) && t < s)
            std::swap(s, t);
        auto it = relationAt.find(RelationKey{ref->type, s, t});
        if (it == relationAt.end())
            continue;
        RelationRecord& r = relations[it->second];
        switch (edit.kind) {
        case K::RejectRelation: r.review = ReviewState::Rejected; break;
        case K::RestoreRelation: r.review = ReviewState::Unreviewed; break;
        case K::SetReview:
            if (ref->state)
                r.review = *ref->state;
            break;
        case K::AddRelation:
            r.userAdded = true;
            if (!edit.note.empty())
                r.note = edit.note;
            break;
        default: break;
        }
    }

    if (!includeRejected)
        std::erase_if(relations, [](const RelationRecord& r) { return r.review == ReviewState::Rejected; });
    data.relations = std::move(relations);
    return data;
}

} // namespace newsgraph::core::store
