#include "canvas/SyntheticStore.h"

#include "model/Article.h"
#include "model/Extraction.h"
#include "store/GraphStore.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>

namespace newsgraph::ui {

namespace {

struct ArticleContent
{
    std::vector<const core::EntityRecord*> home; // entities first seen in this article
    std::vector<std::pair<const core::RelationRecord*, const core::EvidenceRecord*>> evidence;
};

core::Article articleFor(const core::ArticleRecord& record)
{
    core::Article article;
    article.fileName = record.fileName;
    article.sourcePath = record.sourcePath;
    article.contentHash = "synthetic:" + record.fileName; // unique per article, stable per run
    article.detectedEncoding = "UTF-8";
    article.body = record.title + ".";
    article.metadata.title = record.title;
    article.metadata.outlet = record.outlet;
    article.metadata.publishedDate = record.publishedDate;
    article.sentences.push_back({0, 0, article.body.size(), article.body, core::SentenceKind::Body});
    return article;
}

core::Extraction extractionFor(const ArticleContent& content,
                               const std::unordered_map<core::EntityId, const core::EntityRecord*>& entities)
{
    core::Extraction extraction;
    std::map<std::string, int> mentions; // key -> mentions in this article
    auto name = [&](const core::EntityRecord& entity, int count) {
        auto [it, inserted] = mentions.emplace(entity.key, count);
        if (inserted)
            extraction.entities.push_back(
                {entity.key, entity.name, entity.type, {}, 1.0, core::EntitySource::Rule});
        else
            it->second = std::max(it->second, count);
    };
    for (const core::EntityRecord* entity : content.home)
        name(*entity, std::max(1, entity->mentions));
    for (const auto& [relation, evidence] : content.evidence) {
        const core::EntityRecord& source = *entities.at(relation->source);
        const core::EntityRecord& target = *entities.at(relation->target);
        name(source, 1);
        name(target, 1);
        core::ExtractedRelation extracted;
        extracted.type = relation->type;
        extracted.sourceKey = source.key;
        extracted.targetKey = target.key;
        extracted.evidence.amount = evidence->amount;
        extracted.evidence.confidence = evidence->confidence;
        extraction.relations.push_back(std::move(extracted));
    }
    for (const core::ExtractedEntity& entity : extraction.entities)
        for (int k = 0; k < mentions[entity.key]; ++k)
            extraction.mentions.push_back({entity.key, 0, 0, entity.name.size(), entity.name});
    return extraction;
}

} // namespace

core::Result<void> writeGraphToStore(const core::GraphData& data, const std::filesystem::path& database)
{
    std::unordered_map<core::EntityId, const core::EntityRecord*> entities;
    std::map<core::ArticleId, ArticleContent> contents;
    for (const core::EntityRecord& entity : data.entities) {
        entities.emplace(entity.id, &entity);
        if (!entity.articles.empty())
            contents[entity.articles.front()].home.push_back(&entity);
    }
    for (const core::RelationRecord& relation : data.relations) {
        if (!entities.contains(relation.source) || !entities.contains(relation.target))
            continue;
        for (const core::EvidenceRecord& evidence : relation.evidence)
            contents[evidence.article].evidence.emplace_back(&relation, &evidence);
    }
    auto store = core::GraphStore::open(database);
    if (!store)
        return std::unexpected(store.error());
    if (auto bulk = (*store)->beginBulkIngest(); !bulk)
        return bulk;
    for (const core::ArticleRecord& record : data.articles) {
        const auto it = contents.find(record.id);
        if (it == contents.end())
            continue;
        if (auto stored = (*store)->ingest(articleFor(record), extractionFor(it->second, entities)); !stored)
            return std::unexpected(stored.error());
    }
    return (*store)->endBulkIngest();
}

} // namespace newsgraph::ui
