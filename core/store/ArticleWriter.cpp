// Ingest of one article: replace its own rows, resolve entities by key then by alias, append evidence.
#include "store/ArticleWriter.h"

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

std::string_view toString(EntitySource source)
{
    switch (source) {
    case EntitySource::Lexicon: return "lexicon";
    case EntitySource::Model: return "model";
    case EntitySource::Byline: return "byline";
    case EntitySource::Rule: break;
    }
    return "rule";
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

// Investor firms are often first seen as plain companies; other type pairs stay apart, since a
// country and its government (일본 / 일본 정부) or a company and its product may share a name.
bool compatibleTypes(EntityType a, EntityType b)
{
    auto money = [](EntityType t) { return t == EntityType::Company || t == EntityType::Investor; };
    return a == b || (money(a) && money(b));
}

bool isLexiconKey(std::string_view key)
{
    return key.starts_with("lex:");
}

class EntityResolver
{
public:
    explicit EntityResolver(const Database& db)
        : db_(db),
          byKey_(db.prepare("SELECT entity FROM entity_keys WHERE key = ?")),
          byAlias_(db.prepare("SELECT DISTINCT e.id, e.type, EXISTS (SELECT 1 FROM entity_keys k WHERE k.entity = e.id "
                              "AND substr(k.key, 1, 4) = 'lex:') FROM aliases a JOIN entities e ON e.id = a.entity "
                              "WHERE a.alias_key = ?")),
          insertEntity_(db.prepare("INSERT INTO entities (key, name, type, confidence, source) VALUES (?, ?, ?, ?, ?)")),
          insertKey_(db.prepare("INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)")),
          raiseConfidence_(db.prepare("UPDATE entities SET confidence = max(confidence, ?) WHERE id = ?")),
          adoptLexicon_(db.prepare("UPDATE entities SET name = ?, type = ?, source = 'lexicon' "
                                   "WHERE id = ? AND source <> 'lexicon' AND origin = 'extracted'"))
    {
    }

    std::int64_t resolve(const ExtractedEntity& entity)
    {
        std::int64_t id = findByKey(entity.key);
        if (id == 0)
            id = findByAlias(entity);
        if (id == 0) {
            insertEntity_.bindAll(entity.key, entity.name, toString(entity.type), entity.confidence,
                                  toString(entity.source));
            insertEntity_.run();
            id = db_.lastInsertId();
        } else {
            raiseConfidence_.bindAll(entity.confidence, id).run();
            // A lexicon entry knows the canonical name and type better than a rule-based guess
            // stored from an earlier article.
            if (entity.source == EntitySource::Lexicon)
                adoptLexicon_.bindAll(entity.name, toString(entity.type), id).run();
        }
        insertKey_.bindAll(entity.key, id).run();
        return id;
    }

private:
    std::int64_t findByKey(const std::string& key)
    {
        std::int64_t id = byKey_.bindAll(key).step() ? byKey_.int64(0) : 0;
        byKey_.reset();
        return id;
    }

    // Unifies only when exactly one stored entity of a compatible type carries one of the names.
    std::int64_t findByAlias(const ExtractedEntity& entity)
    {
        std::set<std::string> keys;
        for (const auto* form : surfaceForms(entity)) {
            std::string key = nameKey(*form);
            if (codePointCount(key) >= 2)
                keys.insert(std::move(key));
        }
        std::set<std::int64_t> candidates;
        for (const auto& key : keys) {
            byAlias_.bindAll(key);
            while (byAlias_.step()) {
                auto type = entityTypeFromString(byAlias_.text(1));
                const bool storedIsLexicon = byAlias_.int64(2) != 0;
                if (!type || !compatibleTypes(*type, entity.type))
                    continue;
                // Two lexicon entries are distinct by construction, whatever their names.
                if (storedIsLexicon && isLexiconKey(entity.key))
                    continue;
                candidates.insert(byAlias_.int64(0));
            }
            byAlias_.reset();
        }
        return candidates.size() == 1 ? *candidates.begin() : 0;
    }

    static std::vector<const std::string*> surfaceForms(const ExtractedEntity& entity)
    {
        std::vector<const std::string*> forms{&entity.name};
        for (const auto& alias : entity.aliases)
            forms.push_back(&alias);
        return forms;
    }

    const Database& db_;
    Statement byKey_, byAlias_, insertEntity_, insertKey_, raiseConfidence_, adoptLexicon_;
};

} // namespace

AliasWriter::AliasWriter(const Database& db)
    : insert_(db.prepare("INSERT OR IGNORE INTO aliases (entity, alias, alias_key, romanized, initials) "
                         "VALUES (?, ?, ?, ?, ?)"))
{
}

void AliasWriter::add(std::int64_t entity, const std::string& alias)
{
    if (alias.empty() || !added_.emplace(entity, alias).second)
        return;
    insert_.bindAll(entity, alias, nameKey(alias), compactKey(romanize(alias)), compactKey(initialConsonants(alias)));
    insert_.run();
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
    db.prepare("INSERT OR IGNORE INTO temp.gc_relations SELECT relation FROM evidence WHERE article = ?")
        .bindAll(articleId)
        .run();
    db.prepare("INSERT OR IGNORE INTO temp.gc_entities SELECT entity FROM mentions WHERE article = ?")
        .bindAll(articleId)
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

IngestStatus ArticleWriter::write(const Article& article, const Extraction& extraction)
{
    Transaction transaction(db_);

    std::int64_t articleId = 0;
    {
        auto find = db_.prepare("SELECT id, content_hash FROM articles WHERE file_name = ?");
        if (find.bindAll(article.fileName).step()) {
            if (find.text(1) == article.contentHash)
                return IngestStatus::Unchanged; // the transaction rolls back: nothing written
            articleId = find.int64(0);
        }
    }
    const bool replacing = articleId != 0;
    const auto& meta = article.metadata;
    if (replacing) {
        noteGarbageCandidates(db_, articleId);
        for (const char* table : {"evidence", "mentions", "sentences"}) {
            db_.prepare(std::string("DELETE FROM ") + table + " WHERE article = ?").bindAll(articleId).run();
        }
        db_.prepare("UPDATE articles SET source_path = ?, title = ?, outlet = ?, published_date = ?, reporters = ?, "
                    "content_hash = ?, encoding = ?, body = ? WHERE id = ?")
            .bindAll(article.sourcePath, meta.title, meta.outlet, meta.publishedDate, joinReporters(meta.reporters),
                     article.contentHash, article.detectedEncoding, article.body, articleId)
            .run();
    } else {
        db_.prepare("INSERT INTO articles (file_name, source_path, title, outlet, published_date, reporters, "
                    "content_hash, encoding, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(article.fileName, article.sourcePath, meta.title, meta.outlet, meta.publishedDate,
                     joinReporters(meta.reporters), article.contentHash, article.detectedEncoding, article.body)
            .run();
        articleId = db_.lastInsertId();
    }

    auto insertSentence =
        db_.prepare("INSERT INTO sentences (article, idx, begin, end, text, kind) VALUES (?, ?, ?, ?, ?, ?)");
    for (const auto& sentence : article.sentences)
        insertSentence.bindAll(articleId, sentence.index, sentence.begin, sentence.end, sentence.text,
                               toString(sentence.kind))
            .run();

    EntityResolver resolver(db_);
    AliasWriter aliases(db_);
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

    auto insertMention = db_.prepare("INSERT INTO mentions (article, entity, sentence, begin, end, surface, "
                                     "surface_key) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto& mention : extraction.mentions) {
        std::int64_t entity = idOf(mention.entityKey, "mention");
        insertMention.bindAll(articleId, entity, mention.sentenceIndex, mention.begin, mention.end, mention.surface,
                              nameKey(mention.surface))
            .run();
        aliases.add(entity, mention.surface);
    }

    auto insertRelation = db_.prepare("INSERT OR IGNORE INTO relations (type, source, target) VALUES (?, ?, ?)");
    auto findRelation = db_.prepare("SELECT id FROM relations WHERE type = ? AND source = ? AND target = ?");
    auto insertEvidence = db_.prepare(
        "INSERT INTO evidence (relation, article, sentence, amount_value, amount_currency, amount_qualifier, "
        "amount_as_written, converted_value, converted_currency, date, role, tense, confidence, trigger) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& relation : extraction.relations) {
        std::int64_t source = idOf(relation.sourceKey, "relation");
        std::int64_t target = idOf(relation.targetKey, "relation");
        if (source == target)
            continue; // two keys unified into one entity: a relation to itself says nothing
        if (isSymmetric(relation.type) && target < source)
            std::swap(source, target);
        const auto type = toString(relation.type);
        insertRelation.bindAll(type, source, target).run();
        findRelation.bindAll(type, source, target);
        findRelation.step();
        std::int64_t relationId = findRelation.int64(0);
        findRelation.reset();

        const auto& ev = relation.evidence;
        insertEvidence.bindAll(relationId, articleId, ev.sentenceIndex);
        if (ev.amount) {
            const auto& a = *ev.amount;
            insertEvidence.bind(4, a.value).bind(5, a.currency).bind(6, a.qualifier).bind(7, a.asWritten);
            insertEvidence.bind(8, a.convertedValue).bind(9, a.convertedCurrency);
        }
        insertEvidence.bind(10, ev.date).bind(11, ev.role).bind(12, toString(ev.tense));
        insertEvidence.bind(13, ev.confidence).bind(14, ev.trigger);
        insertEvidence.run();
    }

    if (replacing)
        collectCandidateGarbage(db_);
    transaction.commit();
    return replacing ? IngestStatus::Replaced : IngestStatus::Added;
}

} // namespace newsgraph::core::store
