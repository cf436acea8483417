// Finds or creates the stored entity for an extracted one: by its key, else by a name or alias.
#pragma once

#include "model/Extraction.h"
#include "store/Database.h"
#include "store/StatementCache.h"
#include "store/WriteCache.h"

#include <cstdint>
#include <string>
#include <vector>

namespace newsgraph::core::store {

class EntityResolver
{
public:
    // `cache` (may be null) must belong to the open write transaction; see WriteCache.
    explicit EntityResolver(const Database& db, WriteCache* cache = nullptr);

    // The entity's id; writes only what changes (a new entity or key, a higher confidence, the
    // lexicon's name and type replacing a rule-based guess).
    std::int64_t resolve(const ExtractedEntity& entity);

private:
    std::int64_t findByAlias(const ExtractedEntity& entity);

    const Database& db_;
    WriteCache* cache_;
    CachedStatement byKey_, byAlias_, insertEntity_, insertKey_, raiseConfidence_, adoptLexicon_;
};

} // namespace newsgraph::core::store
