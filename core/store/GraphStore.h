// The SQLite database of articles, entities, relations, evidence and curation (sqlite3 stays inside).
#pragma once

#include "model/Article.h"
#include "model/Error.h"
#include "model/Extraction.h"
#include "model/GraphData.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace newsgraph::core {

enum class IngestStatus { Added, Replaced, Unchanged };

// One user edit, stored apart from extraction and re-applied after every ingestion.
// Entities are named by their stable key (EntityRecord::key), never by id, so edits survive
// re-ingestion; an edit whose key no longer exists stays in the log and is skipped on read.
// Fields per kind (value formats are checked by addCuration):
//   RenameEntity     entityKey, value = new display name (the old name becomes an alias)
//   RetypeEntity     entityKey, value = entity type id ("investor")
//   MergeEntities    entityKey = the surviving entity, otherKey = the entity merged into it
//   SplitAlias       entityKey, value = the alias to move to a new entity (named after the alias,
//                    key "split:<entityKey>|<nameKey(alias)>"; mentions written that way move too)
//   RejectRelation   entityKey = source key, otherKey = target key, value = relation type id
//   RestoreRelation  same as RejectRelation (back to unreviewed)
//   SetReview        same keys, value = "type=state", e.g. "invests_in=verified" / "=disputed"
//   AddEntity        entityKey = new key ("" -> "user:<nameKey(name)>"), value = display name,
//                    otherKey = entity type id ("" -> company)
//   AddRelation      entityKey = source key, otherKey = target key, value = relation type id, note
//   RemoveEntity     entityKey (its relations disappear with it)
// Symmetric relation types may name their two entities in either order.
// store/CurationEdits.h has one builder per kind (curation::setReview(...), ...).
struct CurationEdit {
    enum class Kind { RenameEntity, RetypeEntity, MergeEntities, SplitAlias, RejectRelation, RestoreRelation,
                      SetReview, AddEntity, AddRelation, RemoveEntity };
    std::int64_t id = 0;         // assigned by the store
    Kind kind = Kind::RenameEntity;
    std::string entityKey;       // subject entity (stable key, survives re-ingestion)
    std::string otherKey;        // merge: the entity merged into entityKey; add relation: the target
    std::string value;           // new name, type id, review state id, alias to split, relation type id
    std::string note;
    std::string createdAt;       // ISO timestamp, set by the store when empty
};

struct SearchHit {
    EntityId entity = 0;
    std::string name;
    std::string matchedAlias;
    EntityType type = EntityType::Company;
};

struct SentenceHit {
    ArticleId article = 0;
    std::size_t sentenceIndex = 0;
    std::string text;
};

struct StoreStats {
    std::size_t articles = 0, sentences = 0, entities = 0, aliases = 0, mentions = 0, relations = 0,
                evidence = 0, curationEdits = 0;
};

struct StoredMention {
    EntityId entity = 0;
    std::size_t sentenceIndex = 0;
    std::size_t begin = 0, end = 0; // UTF-8 byte offsets into the article body
};

struct StoredArticle {
    ArticleRecord record;
    std::string body;
    std::vector<Sentence> sentences;
    std::vector<StoredMention> mentions;
};

// One connection to one database file. Not for concurrent use from several threads: a worker
// thread (e.g. ingest) opens its own GraphStore on the same file; WAL lets readers carry on
// while it writes, and a writer waits up to 2 s for another before reporting "locked".
class GraphStore
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Creates or migrates the schema (user_version). Errors: not a database, read-only, locked.
    static Result<std::unique_ptr<GraphStore>> open(const std::filesystem::path& path,
                                                    OpenMode mode = OpenMode::ReadWrite);
    ~GraphStore();
    GraphStore(const GraphStore&) = delete;
    GraphStore& operator=(const GraphStore&) = delete;

    const std::filesystem::path& path() const;

    // One transaction: an unchanged article (same file name and hash) is left alone; a changed
    // one replaces its own sentences, mentions and evidence. Curation is untouched.
    // Articles are identified by Article::fileName (two folders holding a.txt are one article).
    // Entities are matched by ExtractedEntity::key, else by a name/alias nameKey that exactly one
    // stored entity of a compatible type carries (company~investor; two lex: keys never merge).
    // Entities and relations left without mentions/evidence are removed unless user-added.
    Result<IngestStatus> ingest(const Article& article, const Extraction& extraction);
    // The same, recording which extractor version produced `extraction`: an unchanged article
    // stored by an older version (or by none) is re-extracted, i.e. replaced and reported as
    // Replaced. Versions compare part by part ("1.10" > "1.9"); the plain ingest() above uses
    // the version set with setExtractorVersion() ("" until then).
    Result<IngestStatus> ingest(const Article& article, const Extraction& extraction,
                                const std::string& extractorVersion);
    // Lets callers that do not pass a version (the plain ingest()) still mark what they store.
    void setExtractorVersion(std::string version);
    // Stored articles whose rows an older extractor version produced (to re-read and re-extract).
    Result<std::vector<std::string>> articlesExtractedBefore(const std::string& extractorVersion) const;

    // Bulk ingest (e.g. a whole folder): until endBulkIngest(), ingest() commits once per
    // `articlesPerCommit` articles instead of once per article, which is most of the cost of
    // storing a small article: a commit writes every page it dirtied to the WAL, and the index
    // pages of mentions, evidence and relations are dirtied again by every article. The queued
    // sentences and aliases reach their trigram indexes once per commit. Each article still runs
    // in its own savepoint, so a failing one rolls back alone. Meanwhile this connection holds the write
    // lock between ingest() calls: other connections' readers carry on (seeing articles at each
    // commit, about once a second at full speed), their writers wait (and report "locked" after
    // 2 s). A crash loses only uncommitted articles, which are stored again by the next ingest.
    // Any other write, endBulkIngest() and the destructor commit.
    Result<void> beginBulkIngest(std::size_t articlesPerCommit = 512);
    Result<void> endBulkIngest();

    // The whole graph with curation applied (rejected relations omitted unless asked).
    Result<GraphData> loadGraph(bool includeRejected = false) const;

    Result<StoredArticle> loadArticle(ArticleId id) const;
    Result<StoreStats> stats() const;

    // Names and aliases: exact key, prefix, romanisation and initial consonants; ranked.
    Result<std::vector<SearchHit>> searchEntities(const std::string& query, std::size_t limit = 20) const;
    // FTS5 over sentences.
    Result<std::vector<SentenceHit>> searchSentences(const std::string& query, std::size_t limit = 50) const;

    // Curation: stored, applied immediately and after every later ingestion.
    Result<std::int64_t> addCuration(const CurationEdit& edit);
    Result<void> removeCuration(std::int64_t editId); // undo
    Result<std::vector<CurationEdit>> curationLog() const;

    // Key-value blobs for views and layouts (ui stores positions and saved views here).
    Result<void> putSetting(const std::string& key, const std::string& value);
    Result<std::optional<std::string>> setting(const std::string& key) const;

private:
    struct Impl;
    explicit GraphStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace newsgraph::core
