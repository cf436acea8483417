#include "render/SourceArticles.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace newsgraph::ui {

std::vector<SourceArticle> sourceArticles(const core::GraphData& data, const QSet<core::EntityId>& entities)
{
    auto shown = [&](core::EntityId id) { return entities.isEmpty() || entities.contains(id); };
    std::set<core::ArticleId> ids;
    for (const core::RelationRecord& relation : data.relations)
        if (shown(relation.source) && shown(relation.target))
            for (const core::EvidenceRecord& evidence : relation.evidence)
                ids.insert(evidence.article);
    for (const core::EntityRecord& entity : data.entities)
        if (shown(entity.id))
            ids.insert(entity.articles.begin(), entity.articles.end());
    std::vector<SourceArticle> result;
    for (core::ArticleId id : ids)
        if (const core::ArticleRecord* article = data.article(id))
            result.push_back({QString::fromStdString(article->outlet), QString::fromStdString(article->publishedDate),
                              QString::fromStdString(article->title.empty() ? article->fileName : article->title)});
    std::sort(result.begin(), result.end(), [](const SourceArticle& a, const SourceArticle& b) {
        return std::tie(a.date, a.outlet, a.title) < std::tie(b.date, b.outlet, b.title);
    });
    return result;
}

} // namespace newsgraph::ui
