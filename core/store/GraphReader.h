// Reads the stored graph as extracted (no curation yet): articles, entities, relations, evidence.
#pragma once

#include "model/GraphData.h"
#include "store/Database.h"
#include "store/GraphStore.h"

#include <map>
#include <string>

namespace newsgraph::core::store {

// Mentions of one entity written with one surface form (for SplitAlias).
struct SurfaceMentions {
    int count = 0;
    std::vector<ArticleId> articles;
};

struct RawGraph {
    GraphData data;
    // Every key that resolves to a stored entity, including keys unified by alias at ingest
    // ("name:오픈ai" -> the entity stored as "lex:openai"), so curation may name either.
    std::map<std::string, EntityId, std::less<>> entityByKey;
    // Entities created by AddEntity curation (entities.origin = 'user').
    std::map<EntityId, std::string> origin;
};

class GraphReader
{
public:
    explicit GraphReader(const Database& db) : db_(db) {}

    RawGraph read() const;
    std::vector<ArticleRecord> articles() const;
    SurfaceMentions surfaceMentions(EntityId entity, const std::string& surfaceKey) const;
    StoredArticle article(ArticleId id) const; // throws SqlError(NotFound)
    std::vector<CurationEdit> curation() const;

private:
    const Database& db_;
};

std::string_view toString(CurationEdit::Kind kind);
std::optional<CurationEdit::Kind> curationKindFromString(std::string_view id);

} // namespace newsgraph::core::store
