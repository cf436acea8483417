// Known keys (most entities of most articles) cost one lookup; rows are only written when
// something changes, which keeps pages clean and commits small.
#include "store/EntityResolver.h"

#include "store/StoreText.h"
#include "text/NameKey.h"

#include <set>

namespace newsgraph::core::store {
namespace {

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

std::vector<const std::string*> surfaceForms(const ExtractedEntity& entity)
{
    std::vector<const std::string*> forms{&entity.name};
    for (const auto& alias : entity.aliases)
        forms.push_back(&alias);
    return forms;
}

} // namespace

EntityResolver::EntityResolver(const Database& db, WriteCache* cache)
    : db_(db), cache_(cache),
      byKey_(db.cached("SELECT k.entity, e.confidence, e.source FROM entity_keys k JOIN entities e ON e.id = k.entity "
                       "WHERE k.key = ?")),
      byAlias_(db.cached("SELECT DISTINCT e.id, e.type, EXISTS (SELECT 1 FROM entity_keys k WHERE k.entity = e.id "
                         "AND substr(k.key, 1, 4) = 'lex:') FROM aliases a JOIN entities e ON e.id = a.entity "
                         "WHERE a.alias_key = ?")),
      insertEntity_(db.cached("INSERT INTO entities (key, name, type, confidence, source) VALUES (?, ?, ?, ?, ?)")),
      insertKey_(db.cached("INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)")),
      raiseConfidence_(db.cached("UPDATE entities SET confidence = max(confidence, ?) WHERE id = ?")),
      adoptLexicon_(db.cached("UPDATE entities SET name = ?, type = ?, source = 'lexicon' "
                              "WHERE id = ? AND source <> 'lexicon' AND origin = 'extracted'"))
{
}

std::int64_t EntityResolver::resolve(const ExtractedEntity& entity)
{
    WriteCache::Entity known;
    bool found = false;
    if (cache_) {
        if (auto it = cache_->entities.find(entity.key); it != cache_->entities.end()) {
            known = it->second;
            found = true;
        }
    }
    if (!found && byKey_->bindAll(entity.key).step()) {
        known = {byKey_->int64(0), byKey_->real(1), byKey_->text(2) == "lexicon"};
        found = true;
    }
    byKey_->reset();
    if (found) {
        if (entity.confidence > known.confidence) {
            raiseConfidence_->bindAll(entity.confidence, known.id).run();
            known.confidence = entity.confidence;
        }
        if (entity.source == EntitySource::Lexicon && !known.lexicon) {
            adoptLexicon_->bindAll(entity.name, toString(entity.type), known.id).run();
            // Adopting again would change nothing (it also leaves curated entities alone).
            known.lexicon = true;
        }
        if (cache_)
            cache_->entities.insert_or_assign(entity.key, known);
        return known.id;
    }
    std::int64_t id = findByAlias(entity);
    if (id == 0) {
        insertEntity_->bindAll(entity.key, entity.name, toString(entity.type), entity.confidence,
                               toString(entity.source));
        insertEntity_->run();
        id = db_.lastInsertId();
        if (cache_)
            cache_->entities.insert_or_assign(entity.key, WriteCache::Entity{id, entity.confidence,
                                                                             entity.source == EntitySource::Lexicon});
    } else {
        // Not cached: the stored confidence (now the larger of the two) is not known here.
        raiseConfidence_->bindAll(entity.confidence, id).run();
        // A lexicon entry knows the canonical name and type better than a rule-based guess
        // stored from an earlier article.
        if (entity.source == EntitySource::Lexicon)
            adoptLexicon_->bindAll(entity.name, toString(entity.type), id).run();
    }
    insertKey_->bindAll(entity.key, id).run();
    return id;
}

// Unifies only when exactly one stored entity of a compatible type carries one of the names.
std::int64_t EntityResolver::findByAlias(const ExtractedEntity& entity)
{
    std::set<std::string> keys;
    for (const auto* form : surfaceForms(entity)) {
        std::string key = nameKey(*form);
        if (codePointCount(key) >= 2)
            keys.insert(std::move(key));
    }
    std::set<std::int64_t> candidates;
    for (const auto& key : keys) {
        byAlias_->bindAll(key);
        while (byAlias_->step()) {
            auto type = entityTypeFromString(byAlias_->text(1));
            const bool storedIsLexicon = byAlias_->int64(2) != 0;
            if (!type || !compatibleTypes(*type, entity.type))
                continue;
            // Two lexicon entries are distinct by construction, whatever their names.
            if (storedIsLexicon && isLexiconKey(entity.key))
                continue;
            candidates.insert(byAlias_->int64(0));
        }
        byAlias_->reset();
    }
    return candidates.size() == 1 ? *candidates.begin() : 0;
}

} // namespace newsgraph::core::store
