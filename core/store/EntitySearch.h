// Finds entities by name or alias (key, romanisation, initial consonants) and sentences by text.
#pragma once

#include "store/Database.h"
#include "store/GraphStore.h"

#include <string>
#include <vector>

namespace newsgraph::core::store {

// Works on stored rows (entity ids as stored); GraphStore maps the hits through curation.
class EntitySearch
{
public:
    explicit EntitySearch(const Database& db) : db_(db) {}

    // Ranked exact > prefix > substring, then by mention count, then id. A query that finds
    // nothing is retried once without a trailing particle (오픈AI가 -> 오픈AI).
    std::vector<SearchHit> entities(const std::string& query, std::size_t limit) const;

    // Every whitespace-separated term must occur (substring match); ordered by article, sentence.
    std::vector<SentenceHit> sentences(const std::string& query, std::size_t limit) const;

private:
    std::vector<SearchHit> entitiesOnce(const std::string& query, std::size_t limit) const;
    const Database& db_;
};

} // namespace newsgraph::core::store
