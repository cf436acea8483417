// Ingest of one article: replace its own rows, resolve entities by key then by alias, append evidence.
#include "store/ArticleWriter.h"

#include "store/BodyLayout.h"
#include "store/EntityResolver.h"
#include "store/RelationIds.h"
#include "store/RowBatch.h"
#include "store/StoreText.h"
#include "text/NameKey.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace newsgraph::core::store {
namespace {

std::string_view toString(SentenceKind kind)
{
    switch (kind) {
    case SentenceKind::Headline: return "headline";
    case SentenceKind::Byline: return "byline";
    case SentenceKind::Body: break;
    }
    return "body";
}

std::string joinReporters(const std::vector<Reporter>& reporters)
{
    std::string joined;
    for (const auto& reporter : reporters) {
        if (reporter.name.empty())
            continue;
        if (!joined.empty())
            joined += '\n';
        joined += reporter.name;
    }
    return joined;
}

// Large enough that the trigram index grows by a few big segments rather than thousands of small
// ones; small enough that search scans the queue (a few hundred KB of text) in well under 1 ms.
constexpr std::int64_t sentencesPerIndexBatch = 2000;

// Aliases arrive a few per article, mostly early in a corpus; their index is small, so a batch
// of this size is scanned in microseconds by search.
constexpr std::int64_t aliasesPerIndexBatch = 500;

// Replacing an article keeps sentence rows whose text is unchanged (only offsets and kind are
// updated), so re-extraction and small edits do not re-tokenise the whole article for search.
void writeSentences(const Database& db, std::int64_t articleId, const std::vector<Sentence>& sentences, bool replacing)
{
    struct Old {
        std::int64_t id;
        std::string text;
        std::size_t begin, end;
        std::string kind;
    };
    std::unordered_map<std::size_t, Old> old;
    if (replacing) {
        auto list = db.cached("SELECT idx, id, text, begin, end, kind FROM sentences WHERE article = ?");
        list->bindAll(articleId);
        while (list->step())
            old.emplace(static_cast<std::size_t>(list->int64(0)),
                        Old{list->int64(1), list->text(2), static_cast<std::size_t>(list->int64(3)),
                            static_cast<std::size_t>(list->int64(4)), list->text(5)});
    }
    // Every row above this id is one of ours (this connection holds the write lock).
    const std::int64_t lastBefore = db.queryInt("SELECT max(id) FROM sentences");
    RowBatch insert(db, "INSERT INTO sentences (article, idx, begin, end, text, kind)", 6);
    auto keep = db.cached("UPDATE sentences SET begin = ?, end = ?, kind = ? WHERE id = ?");
    auto rewrite = db.cached("UPDATE sentences SET begin = ?, end = ?, kind = ?, text = ? WHERE id = ?");
    auto remove = db.cached("DELETE FROM sentences WHERE id = ?");
    for (const auto& sentence : sentences) {
        auto it = old.find(sentence.index);
        if (it == old.end()) {
            insert.add(articleId, sentence.index, sentence.begin, sentence.end, sentence.text, toString(sentence.kind));
            continue;
        }
        const Old& row = it->second;
        if (row.text == sentence.text && row.begin == sentence.begin && row.end == sentence.end &&
            row.kind == toString(sentence.kind)) {
            // identical: nothing to write
        } else if (row.text == sentence.text)
            keep->bindAll(sentence.begin, sentence.end, toString(sentence.kind), row.id).run();
        else
            rewrite->bindAll(sentence.begin, sentence.end, toString(sentence.kind), sentence.text, row.id).run();
        old.erase(it);
    }
    for (const auto& [index, row] : old)
        remove->bindAll(row.id).run();
    insert.flush();
    // New sentences wait for the trigram index (see indexQueuedSentences); schema v4 queues them
    // here, not by a trigger per row.
    db.cached("INSERT INTO sentences_fts_queue (id) SELECT id FROM sentences WHERE id > ?")
        ->bindAll(lastBefore)
        .run();
}

} // namespace

AliasWriter::AliasWriter(const Database& db, WriteCache* cache)
    : cache_(cache), exists_(db.cached("SELECT 1 FROM aliases WHERE entity = ? AND alias = ?")),
      insert_(db.cached("INSERT OR IGNORE INTO aliases (entity, alias, alias_key, romanized, initials) "
                        "VALUES (?, ?, ?, ?, ?)"))
{
}

void AliasWriter::add(std::int64_t entity, const std::string& alias)
{
    if (alias.empty() || !added_.emplace(entity, alias).second)
        return;
    if (cache_ && cache_->aliases.contains({entity, alias}))
        return;
    const bool known = exists_->bindAll(entity, alias).step();
    exists_->reset();
    if (!known) {
        insert_->bindAll(entity, alias, nameKey(alias), compactKey(romanize(alias)),
                         compactKey(initialConsonants(alias)));
        insert_->run();
    }
    if (cache_)
        cache_->aliases.emplace(entity, alias);
}

void collectGarbage(const Database& db)
{
    db.exec("DELETE FROM relations WHERE user_added = 0 "
            "AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.relation = relations.id)");
    db.exec("DELETE FROM entities WHERE origin = 'extracted' "
            "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.source = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.target = entities.id)");
}

void noteGarbageCandidates(const Database& db, std::int64_t articleId)
{
    db.exec("CREATE TEMP TABLE IF NOT EXISTS gc_relations (id INTEGER PRIMARY KEY);"
            "CREATE TEMP TABLE IF NOT EXISTS gc_entities (id INTEGER PRIMARY KEY);"
            "DELETE FROM temp.gc_relations; DELETE FROM temp.gc_entities;");
    db.cached("INSERT OR IGNORE INTO temp.gc_relations SELECT relation FROM evidence WHERE article = ?")
        ->bindAll(articleId)
        .run();
    db.cached("INSERT OR IGNORE INTO temp.gc_entities SELECT entity FROM mentions WHERE article = ?")
        ->bindAll(articleId)
        .run();
    db.exec("INSERT OR IGNORE INTO temp.gc_entities SELECT source FROM relations WHERE id IN temp.gc_relations "
            "UNION SELECT target FROM relations WHERE id IN temp.gc_relations");
}

void collectCandidateGarbage(const Database& db)
{
    db.exec("DELETE FROM relations WHERE id IN temp.gc_relations AND user_added = 0 "
            "AND NOT EXISTS (SELECT 1 FROM evidence v WHERE v.relation = relations.id)");
    db.exec("DELETE FROM entities WHERE id IN temp.gc_entities AND origin = 'extracted' "
            "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.source = entities.id) "
            "AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.target = entities.id)");
    db.exec("DELETE FROM temp.gc_relations; DELETE FROM temp.gc_entities;");
}

void indexQueuedSentences(const Database& db, std::int64_t threshold)
{
    if (threshold > 0 && db.queryInt("SELECT count(*) FROM sentences_fts_queue") < threshold)
        return;
    db.cached("INSERT INTO sentences_fts(rowid, text) SELECT s.id, s.text FROM sentences_fts_queue q "
              "JOIN sentences s ON s.id = q.id")
        ->run();
    db.cached("DELETE FROM sentences_fts_queue")->run();
}

void indexQueuedAliases(const Database& db, std::int64_t threshold)
{
    if (threshold > 0 && db.queryInt("SELECT count(*) FROM aliases_fts_queue") < threshold)
        return;
    db.cached("INSERT INTO aliases_fts(rowid, alias_key, romanized, initials) "
              "SELECT a.id, a.alias_key, a.romanized, a.initials FROM aliases_fts_queue q "
              "JOIN aliases a ON a.id = q.id")
        ->run();
    db.cached("DELETE FROM aliases_fts_queue")->run();
}

IngestStatus ArticleWriter::write(const Article& article, const Extraction& extraction,
                                  const std::string& extractorVersion)
{
    Transaction transaction(db_);

    std::int64_t articleId = 0;
    {
        auto find = db_.cached("SELECT id, content_hash, extractor_version FROM articles WHERE file_name = ?");
        if (find->bindAll(article.fileName).step()) {
            if (find->text(1) == article.contentHash && !isNewerVersion(extractorVersion, find->text(2)))
                return IngestStatus::Unchanged; // the transaction rolls back: nothing written
            articleId = find->int64(0);
        }
    }
    const bool replacing = articleId != 0;
    const auto& meta = article.metadata;
    const std::optional<std::string> gaps = bodyGaps(article.body, article.sentences);
    const std::string_view body = gaps ? std::string_view() : std::string_view(article.body);
    const std::optional<std::string_view> bodyGapsValue = gaps ? std::optional<std::string_view>(*gaps) : std::nullopt;
    if (replacing) {
        noteGarbageCandidates(db_, articleId);
        for (const char* table : {"evidence", "mentions"})
            db_.cached(std::string("DELETE FROM ") + table + " WHERE article = ?")->bindAll(articleId).run();
        db_.cached("UPDATE articles SET source_path = ?, title = ?, outlet = ?, published_date = ?, reporters = ?, "
                   "content_hash = ?, encoding = ?, body = ?, body_gaps = ?, extractor_version = ? WHERE id = ?")
            ->bindAll(article.sourcePath, meta.title, meta.outlet, meta.publishedDate, joinReporters(meta.reporters),
                      article.contentHash, article.detectedEncoding, body, bodyGapsValue, extractorVersion, articleId)
            .run();
    } else {
        db_.cached("INSERT INTO articles (file_name, source_path, title, outlet, published_date, reporters, "
                   "content_hash, encoding, body, body_gaps, extractor_version) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            ->bindAll(article.fileName, article.sourcePath, meta.title, meta.outlet, meta.publishedDate,
                      joinReporters(meta.reporters), article.contentHash, article.detectedEncoding, body,
                      bodyGapsValue, extractorVersion)
            .run();
        articleId = db_.lastInsertId();
    }
    writeSentences(db_, articleId, article.sentences, replacing);

    WriteCache* cache = options_.cache;
    EntityResolver resolver(db_, cache);
    AliasWriter aliases(db_, cache);
    std::unordered_map<std::string, std::int64_t> idByKey;
    for (const auto& entity : extraction.entities) {
        if (entity.key.empty())
            throw SqlError(Error::Kind::InvalidInput, "entity '" + entity.name + "' has no key");
        std::int64_t id = resolver.resolve(entity);
        idByKey[entity.key] = id;
        aliases.add(id, entity.name);
        for (const auto& alias : entity.aliases)
            aliases.add(id, alias);
    }
    auto idOf = [&](const std::string& key, std::string_view what) {
        auto it = idByKey.find(key);
        if (it == idByKey.end())
            throw SqlError(Error::Kind::InvalidInput,
                           std::string(what) + " refers to unknown entity key '" + key + "'");
        return it->second;
    };

    RowBatch insertMention(db_, "INSERT INTO mentions (article, entity, sentence, begin, end, surface, surface_key)",
                           7);
    std::unordered_map<std::string, std::string> surfaceKeys; // a name recurs in most sentences
    for (const auto& mention : extraction.mentions) {
        std::int64_t entity = idOf(mention.entityKey, "mention");
        auto key = surfaceKeys.find(mention.surface);
        if (key == surfaceKeys.end())
            key = surfaceKeys.emplace(mention.surface, nameKey(mention.surface)).first;
        insertMention.add(articleId, entity, mention.sentenceIndex, mention.begin, mention.end, mention.surface,
                          key->second);
        aliases.add(entity, mention.surface);
    }
    insertMention.flush();

    // Ids first (a few statements for the whole article), then the evidence in extraction order.
    std::vector<RelationIds::Key> keys;
    std::vector<const ExtractedRelation*> stored;
    keys.reserve(extraction.relations.size());
    stored.reserve(extraction.relations.size());
    for (const auto& relation : extraction.relations) {
        std::int64_t source = idOf(relation.sourceKey, "relation");
        std::int64_t target = idOf(relation.targetKey, "relation");
        if (source == target)
            continue; // two keys unified into one entity: a relation to itself says nothing
        if (isSymmetric(relation.type) && target < source)
            std::swap(source, target);
        keys.push_back({relation.type, source, target});
        stored.push_back(&relation);
    }
    const std::vector<std::int64_t> relationIds = RelationIds(db_, cache).resolve(keys);

    RowBatch insertEvidence(db_,
                            "INSERT INTO evidence (relation, article, sentence, amount_value, amount_currency, "
                            "amount_qualifier, amount_as_written, converted_value, converted_currency, date, role, "
                            "tense, confidence, trigger)",
                            14);
    for (std::size_t r = 0; r < stored.size(); ++r) {
        const ExtractedRelation& relation = *stored[r];
        const std::int64_t relationId = relationIds[r];
        const auto& ev = relation.evidence;
        if (ev.amount) {
            const auto& a = *ev.amount;
            insertEvidence.add(relationId, articleId, ev.sentenceIndex, a.value, a.currency, a.qualifier, a.asWritten,
                               a.convertedValue, a.convertedCurrency, ev.date, ev.role, toString(ev.tense),
                               ev.confidence, ev.trigger);
        } else {
            insertEvidence.add(relationId, articleId, ev.sentenceIndex, std::nullopt, std::nullopt, std::nullopt,
                               std::nullopt, std::nullopt, std::nullopt, ev.date, ev.role, toString(ev.tense),
                               ev.confidence, ev.trigger);
        }
    }
    insertEvidence.flush();

    if (replacing) {
        collectCandidateGarbage(db_);
        if (cache)
            cache->clear(); // rows it names may be gone
    }
    if (!options_.deferSentenceIndex) {
        indexQueuedSentences(db_, sentencesPerIndexBatch);
        indexQueuedAliases(db_, aliasesPerIndexBatch);
    }
    transaction.commit();
    return replacing ? IngestStatus::Replaced : IngestStatus::Added;
}

} // namespace newsgraph::core::store
