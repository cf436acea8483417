// Writes one article and its extraction into the database, resolving entities across articles.
#pragma once

#include "model/Article.h"
#include "model/Extraction.h"
#include "store/Database.h"
#include "store/GraphStore.h"
#include "store/StatementCache.h"
#include "store/WriteCache.h"

#include <set>
#include <string>
#include <utility>

namespace newsgraph::core::store {

class ArticleWriter
{
public:
    struct Options {
        // Leave the article's sentences and aliases in their trigram-index queues for the caller
        // to index (bulk ingest does so once per commit); otherwise a queue is indexed whenever
        // it holds enough rows.
        bool deferSentenceIndex = false;
        // Lookups already made in the open (bulk) transaction; null: look everything up.
        WriteCache* cache = nullptr;
    };
    explicit ArticleWriter(const Database& db) : db_(db) {}
    ArticleWriter(const Database& db, Options options) : db_(db), options_(options) {}

    // Runs in its own transaction; throws SqlError (the transaction is then rolled back).
    // An article with the stored hash is left alone unless `extractorVersion` is newer than the
    // version that produced its stored rows.
    IngestStatus write(const Article& article, const Extraction& extraction, const std::string& extractorVersion = {});

private:
    const Database& db_;
    Options options_;
};

// Removes relations without evidence (unless user-added) and extracted entities that nothing
// refers to any more (no mention, no relation). Curation edits naming a removed key stay in the
// log and apply again if a later article brings the key back.
void collectGarbage(const Database& db);

// The same, limited to rows an article touched: noted before its rows are deleted, collected
// after the new ones are written, so replacing one article costs O(its size), not O(database).
void noteGarbageCandidates(const Database& db, std::int64_t articleId);
void collectCandidateGarbage(const Database& db);

// Moves queued sentences into the trigram index once the queue holds at least `threshold` rows
// (0: always). Call inside a write transaction.
void indexQueuedSentences(const Database& db, std::int64_t threshold = 0);
// The same for queued aliases (schema v4).
void indexQueuedAliases(const Database& db, std::int64_t threshold = 0);

// Adds surface forms to entities (no-op when already present), with their search columns.
class AliasWriter
{
public:
    explicit AliasWriter(const Database& db, WriteCache* cache = nullptr);
    void add(std::int64_t entity, const std::string& alias);

private:
    WriteCache* cache_;
    CachedStatement exists_, insert_;
    // Surface forms repeat within an article; romanising them again (ICU) is the costly part,
    // so it is done only for aliases the database does not hold yet.
    std::set<std::pair<std::int64_t, std::string>> added_;
};

} // namespace newsgraph::core::store
