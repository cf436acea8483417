// Sorting here (not trusting the caller's order) is what makes two exports byte-identical.
#include "io/ExportView.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace newsgraph::core {

std::string entityRef(EntityId id) { return "e" + std::to_string(id); }
std::string relationRef(RelationId id) { return "r" + std::to_string(id); }
std::string articleRef(ArticleId id) { return "a" + std::to_string(id); }

namespace {

bool evidenceBefore(const EvidenceRecord& a, const EvidenceRecord& b)
{
    return std::tie(a.article, a.articleFile, a.sentenceIndex, a.sentence)
        < std::tie(b.article, b.articleFile, b.sentenceIndex, b.sentence);
}

bool sameEvidence(const EvidenceRecord& a, const EvidenceRecord& b)
{
    return a.article == b.article && a.articleFile == b.articleFile && a.sentenceIndex == b.sentenceIndex;
}

} // namespace

ExportView::ExportView(const GraphData& data) : data_(data)
{
    for (const auto& article : data.articles)
        articles_.push_back(&article);
    std::ranges::sort(articles_, {}, &ArticleRecord::id);

    std::set<EntityId> known;
    for (const auto& entity : data.entities) {
        if (known.insert(entity.id).second)
            entities_.push_back(&entity);
    }
    std::ranges::sort(entities_, {}, &EntityRecord::id);

    std::vector<const RelationRecord*> records;
    for (const auto& relation : data.relations)
        records.push_back(&relation);
    std::ranges::sort(records, {}, &RelationRecord::id);

    // A symmetric relation stored in both directions (or twice) is one fact: merge it.
    std::map<std::tuple<RelationType, EntityId, EntityId>, std::size_t> symmetricIndex;
    for (const RelationRecord* record : records) {
        if (!known.contains(record->source) || !known.contains(record->target))
            continue; // an edge to a missing node would make GraphML/GEXF readers fail
        EntityId source = record->source, target = record->target;
        if (isSymmetric(record->type)) {
            if (target < source)
                std::swap(source, target);
            auto [it, inserted] = symmetricIndex.try_emplace({record->type, source, target}, relations_.size());
            if (!inserted) {
                auto& merged = relations_[it->second].evidence;
                merged.insert(merged.end(), record->evidence.begin(), record->evidence.end());
                continue;
            }
        }
        relations_.push_back(ExportRelation{record, source, target, record->evidence});
    }
    for (auto& relation : relations_) {
        std::ranges::stable_sort(relation.evidence, evidenceBefore);
        auto duplicates = std::ranges::unique(relation.evidence, sameEvidence);
        relation.evidence.erase(duplicates.begin(), duplicates.end());
    }
}

std::string ExportView::articleName(const EvidenceRecord& evidence) const
{
    if (!evidence.articleFile.empty())
        return evidence.articleFile;
    if (const ArticleRecord* article = data_.article(evidence.article)) {
        if (!article->fileName.empty())
            return article->fileName;
        if (!article->title.empty())
            return article->title;
    }
    return articleRef(evidence.article);
}

RelationSummary ExportView::summarize(const ExportRelation& relation) const
{
    RelationSummary summary;
    std::set<std::string> seen;
    for (const auto& evidence : relation.evidence) {
        if (!summary.amount && evidence.amount)
            summary.amount = evidence.amount;
        if (!evidence.date.empty() && (summary.date.empty() || evidence.date < summary.date))
            summary.date = evidence.date;
        if (summary.sentence.empty())
            summary.sentence = evidence.sentence;
        std::string name = articleName(evidence);
        if (seen.insert(name).second) {
            if (!summary.articles.empty())
                summary.articles += "; ";
            summary.articles += name;
        }
    }
    return summary;
}

} // namespace newsgraph::core
