// Schema migrations and the checks that refuse foreign or newer database files.
#include "store/Schema.h"

#include <string>

namespace newsgraph::core::store {
namespace {

// Symmetric relations are stored with the smaller entity id as source (enforced by ArticleWriter).
// Aliases include the entity's own name; romanized/initials serve search without ICU at query time.
// entities.origin: 'extracted' (from articles), 'user' (AddEntity curation), 'split' (SplitAlias
// curation); only 'extracted' entities are garbage-collected when their last mention goes.
constexpr std::string_view schemaV1 = R"sql(
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL UNIQUE,
    source_path TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    outlet TEXT NOT NULL DEFAULT '',
    published_date TEXT NOT NULL DEFAULT '',
    reporters TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    encoding TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sentences (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    begin INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'body',
    UNIQUE (article, idx)
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1.0,
    source TEXT NOT NULL DEFAULT 'rule',
    origin TEXT NOT NULL DEFAULT 'extracted'
);
CREATE TABLE entity_keys (
    key TEXT PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
CREATE INDEX entity_keys_entity ON entity_keys(entity);
CREATE TABLE aliases (
    id INTEGER PRIMARY KEY,
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    romanized TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT '',
    UNIQUE (entity, alias)
);
CREATE INDEX aliases_key ON aliases(alias_key);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    begin INTEGER NOT NULL,
    end INTEGER NOT NULL,
    surface TEXT NOT NULL DEFAULT '',
    surface_key TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX mentions_article ON mentions(article);
CREATE TABLE relations (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    user_added INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, source, target)
);
CREATE INDEX relations_source ON relations(source);
CREATE INDEX relations_target ON relations(target);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
    article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    amount_value REAL,
    amount_currency TEXT,
    amount_qualifier TEXT,
    amount_as_written TEXT,
    converted_value REAL,
    converted_currency TEXT,
    date TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    tense TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0.5,
    trigger TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_relation ON evidence(relation);
CREATE INDEX evidence_article ON evidence(article);
CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    entity_key TEXT NOT NULL DEFAULT '',
    other_key TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX curation_entity_key ON curation(entity_key);
CREATE INDEX curation_other_key ON curation(other_key);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Trigram tokenizer: Korean has no spaces between a name and its particle, so word tokens would
-- miss "사카나AI" inside "사카나AI가"; trigrams match any substring of three or more characters.
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='trigram');
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE VIRTUAL TABLE aliases_fts USING fts5(alias_key, romanized, initials, content='aliases', content_rowid='id', tokenize='trigram');
CREATE TRIGGER aliases_ai AFTER INSERT ON aliases BEGIN
    INSERT INTO aliases_fts(rowid, alias_key, romanized, initials) VALUES (new.id, new.alias_key, new.romanized, new.initials);
END;
CREATE TRIGGER aliases_ad AFTER DELETE ON aliases BEGIN
    INSERT INTO aliases_fts(aliases_fts, rowid, alias_key, romanized, initials) VALUES ('delete', old.id, old.alias_key, old.romanized, old.initials);
END;
CREATE TRIGGER aliases_au AFTER UPDATE ON aliases BEGIN
    INSERT INTO aliases_fts(aliases_fts, rowid, alias_key, romanized, initials) VALUES ('delete', old.id, old.alias_key, old.romanized, old.initials);
    INSERT INTO aliases_fts(rowid, alias_key, romanized, initials) VALUES (new.id, new.alias_key, new.romanized, new.initials);
END;
)sql";

// v2: articles remember which extractor version produced their rows, so a newer extractor
// re-extracts unchanged articles. Sentences reach the trigram index in batches: indexing them
// one commit at a time wrote a new FTS segment per article and merged segments over and over,
// half of all ingest time. A sentence waits in sentences_fts_queue until ArticleWriter flushes
// the queue; search scans the (small) queue directly, so results never lag behind. A row is
// either indexed or queued, never both.
constexpr std::string_view schemaV2 = R"sql(
ALTER TABLE articles ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';
CREATE TABLE sentences_fts_queue (id INTEGER PRIMARY KEY);
DROP TRIGGER sentences_ai;
DROP TRIGGER sentences_ad;
DROP TRIGGER sentences_au;
CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts_queue(id) VALUES (new.id);
END;
CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) SELECT 'delete', old.id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM sentences_fts_queue q WHERE q.id = old.id);
    DELETE FROM sentences_fts_queue WHERE id = old.id;
END;
CREATE TRIGGER sentences_au AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) SELECT 'delete', old.id, old.text
        WHERE NOT EXISTS (SELECT 1 FROM sentences_fts_queue q WHERE q.id = old.id);
    INSERT OR IGNORE INTO sentences_fts_queue(id) VALUES (new.id);
END;
)sql";

// v3: a body whose sentences tile it is stored as body_gaps (the text between its sentences, see
// BodyLayout.h) with body = ''; body_gaps NULL means body holds the whole text, as in older rows.
// The body was a second copy of each article's text: a quarter of the file, and a page per article.
constexpr std::string_view schemaV3 = R"sql(
ALTER TABLE articles ADD COLUMN body_gaps TEXT;
)sql";

// v4: aliases reach their trigram index in batches too, as sentences do since v2. FTS5 writes
// its pending rows to disk at every savepoint, so an alias indexed by its insert trigger cost a
// new index segment (and the merging of segments) per alias: an alias insert cost as much as all
// of an article's mentions. A queued alias is found by a scan of the (small) queue.
// Relations are unique by (source, target, type) instead of (type, source, target): the same
// index then serves lookups by source, and the separate index on source (a fourth B-tree entry
// for every relation, most of them mentioned_with pairs) goes. The table is rebuilt for that,
// with foreign keys off (see prepareSchema), so that dropping the old table cascades nowhere.
// New sentences are queued by ArticleWriter with one statement per article instead of a trigger
// per row (a trigger runs a sub-program for every row it fires on).
// Both trigram indexes are rebuilt without their per-row token counts (columnsize=0): only bm25
// ranking reads them, search orders by article and sentence (sentences) or by its own match levels
// (aliases), and they cost an extra B-tree row per indexed row. Rebuilding indexes every row, so
// the sentence queue is emptied (a row is either indexed or queued).
constexpr std::string_view schemaV4 = R"sql(
DROP TABLE sentences_fts;
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',
    tokenize='trigram', columnsize=0);
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');
DELETE FROM sentences_fts_queue;
DROP TABLE aliases_fts;
CREATE VIRTUAL TABLE aliases_fts USING fts5(alias_key, romanized, initials, content='aliases',
    content_rowid='id', tokenize='trigram', columnsize=0);
INSERT INTO aliases_fts(aliases_fts) VALUES ('rebuild');
DROP TRIGGER sentences_ai;
CREATE TABLE aliases_fts_queue (id INTEGER PRIMARY KEY);
DROP TRIGGER aliases_ai;
DROP TRIGGER aliases_ad;
DROP TRIGGER aliases_au;
CREATE TRIGGER aliases_ai AFTER INSERT ON aliases BEGIN
    INSERT INTO aliases_fts_queue(id) VALUES (new.id);
END;
CREATE TRIGGER aliases_ad AFTER DELETE ON aliases BEGIN
    INSERT INTO aliases_fts(aliases_fts, rowid, alias_key, romanized, initials)
        SELECT 'delete', old.id, old.alias_key, old.romanized, old.initials
        WHERE NOT EXISTS (SELECT 1 FROM aliases_fts_queue q WHERE q.id = old.id);
    DELETE FROM aliases_fts_queue WHERE id = old.id;
END;
CREATE TRIGGER aliases_au AFTER UPDATE OF alias_key, romanized, initials ON aliases BEGIN
    INSERT INTO aliases_fts(aliases_fts, rowid, alias_key, romanized, initials)
        SELECT 'delete', old.id, old.alias_key, old.romanized, old.initials
        WHERE NOT EXISTS (SELECT 1 FROM aliases_fts_queue q WHERE q.id = old.id);
    INSERT OR IGNORE INTO aliases_fts_queue(id) VALUES (new.id);
END;

CREATE TABLE relations_v4 (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    source INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    target INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    user_added INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, target, type)
);
INSERT INTO relations_v4 (id, type, source, target, user_added)
    SELECT id, type, source, target, user_added FROM relations ORDER BY id;
DROP TABLE relations;
ALTER TABLE relations_v4 RENAME TO relations;
CREATE INDEX relations_target ON relations(target);
)sql";

// A page cache larger than SQLite's 2 MB default keeps the index pages an ingest touches in
// memory instead of re-reading them from the OS; temp tables (garbage candidates) stay in RAM.
// Checkpointing every 8000 WAL pages (32 MB) instead of 1000 copies a page rewritten by many
// small commits back into the database once, not once per 4 MB; the WAL is truncated to 32 MB.
constexpr std::string_view connectionTuning = "PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY; "
                                              "PRAGMA wal_autocheckpoint = 8000; PRAGMA journal_size_limit = 33554432";

// The sentence index merges its segments 8 at a time instead of FTS5's default 4: merging, not
// adding, was most of the cost of indexing a growing corpus (every sentence was rewritten once
// per level of 4; indexing 10,000 articles took about a third less CPU). A search reads more
// segments: a phrase query on 10,000 articles went from 0.24 to 0.30 ms. The setting is stored
// in the index itself, so files of any version get it on their first read-write open.
constexpr int sentenceIndexAutomerge = 8;

void tuneSentenceIndex(const Database& db)
{
    const auto current = db.queryInt("SELECT v FROM sentences_fts_config WHERE k = 'automerge'");
    if (current == sentenceIndexAutomerge)
        return;
    try {
        Transaction transaction(db);
        db.exec("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('automerge', " +
                std::to_string(sentenceIndexAutomerge) + ")");
        transaction.commit();
    } catch (const SqlError& e) {
        if (e.kind() != Error::Kind::Busy)
            throw;
        // Another program is writing: only a tuning, so try again on the next open.
    }
}

bool hasForeignTables(const Database& db)
{
    return db.queryInt("SELECT count(*) FROM sqlite_schema") > 0;
}

// Migrations may rebuild a table that others refer to (v4: relations). SQLite's recipe for that:
// foreign keys off (only possible outside a transaction), so that dropping the old table deletes
// nothing by cascade, then a foreign key check before the commit.
void runMigrations(const Database& db)
{
    db.exec("PRAGMA foreign_keys = OFF");
    struct ForeignKeysBackOn {
        const Database& db;
        ~ForeignKeysBackOn()
        {
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (const SqlError&) {
                // Only refused inside a transaction, and the migration's has ended by now.
            }
        }
    } foreignKeysBackOn{db};

    Transaction transaction(db);
    // Re-read under the write lock: another process may have migrated meanwhile.
    const auto version = static_cast<int>(db.queryInt("PRAGMA user_version"));
    for (const auto& migration : migrations()) {
        if (migration.version <= version)
            continue;
        db.exec(migration.sql);
        db.exec("PRAGMA user_version = " + std::to_string(migration.version));
    }
    if (db.queryInt("SELECT count(*) FROM pragma_foreign_key_check") > 0)
        throw SqlError(Error::Kind::Database, "database file is damaged (rows refer to missing rows)");
    db.exec("PRAGMA application_id = " + std::to_string(applicationId));
    transaction.commit();
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {1, schemaV1},
        {2, schemaV2},
        {3, schemaV3},
        {4, schemaV4},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void prepareSchema(const Database& db, Database::Mode mode)
{
    // The first read is where SQLite notices a file that is not a database at all.
    int version = static_cast<int>(db.queryInt("PRAGMA user_version"));
    int appId = static_cast<int>(db.queryInt("PRAGMA application_id"));

    if (appId != applicationId && (version != 0 || hasForeignTables(db)))
        throw SqlError(Error::Kind::Database, "not a NewsGraph database (another program's SQLite file)");
    if (version > latestSchemaVersion())
        throw SqlError(Error::Kind::Database,
                       "made by a newer NewsGraph (schema version " + std::to_string(version) +
                           ", this build reads up to " + std::to_string(latestSchemaVersion()) + ")");

    if (mode == Database::Mode::ReadOnly) {
        if (version == 0)
            throw SqlError(Error::Kind::Database, "not a NewsGraph database (empty file)");
        if (version < latestSchemaVersion())
            throw SqlError(Error::Kind::ReadOnly, "older schema version " + std::to_string(version) +
                                                      "; open it once read-write to upgrade");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec(connectionTuning);
        return;
    }

    if (db.isReadOnly())
        throw SqlError(Error::Kind::ReadOnly, "read-only, cannot write");

    // WAL lets the GUI read while an ingest writes; set outside a transaction as SQLite requires.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA foreign_keys = ON");
    // NORMAL under WAL syncs at checkpoints, not at every commit: a power cut may lose the last
    // commits but never corrupts the file (https://sqlite.org/pragma.html#pragma_synchronous);
    // a lost article is simply ingested again next time, as its hash is not stored either.
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec(connectionTuning);

    if (version == latestSchemaVersion()) {
        tuneSentenceIndex(db);
        return;
    }
    runMigrations(db);
    tuneSentenceIndex(db);
}

} // namespace newsgraph::core::store
