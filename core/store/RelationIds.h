// Finds or creates the relation rows of one article with a few multi-row statements.
#pragma once

#include "store/Database.h"
#include "store/WriteCache.h"

#include <cstdint>
#include <vector>

namespace newsgraph::core::store {

// An article names a few dozen relations, three in four of them new to the database (most are
// mentioned_with pairs). One INSERT OR IGNORE per relation, followed by a SELECT when it was
// ignored, made the relations table the costliest step after the sentence index: each statement
// also opened and closed a statement journal. Here the unknown pairs of an article are looked up
// with one statement per chunk and the new ones inserted with one statement per chunk. New rows
// get the ids SQLite itself would have given them one at a time (one past the largest id, in
// first-seen order), so the ids, and thus every export, stay what they were.
class RelationIds
{
public:
    using Key = WriteCache::RelationKey;

    RelationIds(const Database& db, WriteCache* cache) : db_(db), cache_(cache) {}

    // One id per key, in the same order; keys may repeat. Symmetric keys must already have the
    // smaller entity id as source (as ArticleWriter stores them).
    std::vector<std::int64_t> resolve(const std::vector<Key>& keys);

private:
    void lookUp(const std::vector<Key>& unknown, std::vector<std::int64_t>& ids) const;
    void insert(const std::vector<Key>& unknown, std::vector<std::int64_t>& ids) const;

    const Database& db_;
    WriteCache* cache_;
};

} // namespace newsgraph::core::store
