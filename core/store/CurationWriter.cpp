// Curation edits are validated on entry, so the log only holds edits that made sense when made.
#include "store/CurationWriter.h"

#include "store/ArticleWriter.h"
#include "store/CurationApplier.h"
#include "store/GraphReader.h"
#include "text/NameKey.h"

namespace newsgraph::core::store {
namespace {

[[noreturn]] void invalid(const std::string& message)
{
    throw SqlError(Error::Kind::InvalidInput, message);
}

void requireKey(const std::string& key, std::string_view field)
{
    if (key.empty())
        invalid("curation edit needs " + std::string(field));
}

RelationRef requireRelation(const CurationEdit& edit, bool withState)
{
    auto ref = parseRelationValue(edit.value);
    if (!ref)
        invalid("curation edit: '" + edit.value + "' is not a relation type" + (withState ? "=state" : ""));
    if (withState != ref->state.has_value())
        invalid(withState ? "set review needs \"type=state\", e.g. \"invests_in=verified\""
                          : "curation edit: '" + edit.value + "' must be a relation type only");
    return *ref;
}

} // namespace

std::int64_t CurationWriter::entityIdForKey(const std::string& key) const
{
    auto q = db_.prepare("SELECT entity FROM entity_keys WHERE key = ?");
    if (!q.bindAll(key).step())
        throw SqlError(Error::Kind::NotFound, "unknown entity key '" + key + "'");
    return q.int64(0);
}

std::int64_t CurationWriter::add(CurationEdit edit)
{
    using K = CurationEdit::Kind;
    Transaction transaction(db_);
    switch (edit.kind) {
    case K::RenameEntity:
        requireKey(edit.entityKey, "an entity key");
        if (edit.value.empty())
            invalid("rename needs a new name");
        entityIdForKey(edit.entityKey);
        break;
    case K::RetypeEntity:
        requireKey(edit.entityKey, "an entity key");
        if (!entityTypeFromString(edit.value))
            invalid("retype: '" + edit.value + "' is not an entity type");
        entityIdForKey(edit.entityKey);
        break;
    case K::MergeEntities:
        requireKey(edit.entityKey, "the surviving entity key");
        requireKey(edit.otherKey, "the key of the entity merged into it");
        if (entityIdForKey(edit.entityKey) == entityIdForKey(edit.otherKey))
            invalid("merge: '" + edit.entityKey + "' and '" + edit.otherKey + "' are already one entity");
        break;
    case K::RemoveEntity:
        requireKey(edit.entityKey, "an entity key");
        entityIdForKey(edit.entityKey);
        break;
    case K::SplitAlias: {
        requireKey(edit.entityKey, "an entity key");
        if (edit.value.empty())
            invalid("split needs the alias to split off");
        std::int64_t id = entityIdForKey(edit.entityKey);
        std::string key = splitEntityKey(edit.entityKey, edit.value);
        db_.prepare("INSERT OR IGNORE INTO entities (key, name, type, origin) "
                    "SELECT ?, ?, type, 'split' FROM entities WHERE id = ?")
            .bindAll(key, edit.value, id)
            .run();
        db_.prepare("UPDATE entities SET origin = 'split' WHERE key = ?").bindAll(key).run();
        db_.prepare("INSERT OR IGNORE INTO entity_keys (key, entity) SELECT key, id FROM entities WHERE key = ?")
            .bindAll(key)
            .run();
        AliasWriter(db_).add(entityIdForKey(key), edit.value);
        break;
    }
    case K::AddEntity: {
        if (edit.value.empty())
            invalid("add entity needs a name");
        if (edit.otherKey.empty())
            edit.otherKey = std::string(toString(EntityType::Company));
        if (!entityTypeFromString(edit.otherKey))
            invalid("add entity: '" + edit.otherKey + "' is not an entity type");
        if (edit.entityKey.empty())
            edit.entityKey = "user:" + nameKey(edit.value);
        db_.prepare("INSERT OR IGNORE INTO entities (key, name, type, origin) VALUES (?, ?, ?, 'user')")
            .bindAll(edit.entityKey, edit.value, edit.otherKey)
            .run();
        db_.prepare("UPDATE entities SET origin = 'user' WHERE key = ?").bindAll(edit.entityKey).run();
        db_.prepare("INSERT OR IGNORE INTO entity_keys (key, entity) SELECT key, id FROM entities WHERE key = ?")
            .bindAll(edit.entityKey)
            .run();
        AliasWriter(db_).add(entityIdForKey(edit.entityKey), edit.value);
        break;
    }
    case K::AddRelation: {
        auto ref = requireRelation(edit, false);
        std::int64_t source = entityIdForKey(edit.entityKey), target = entityIdForKey(edit.otherKey);
        if (source == target)
            invalid("add relation: source and target are the same entity");
        if (isSymmetric(ref.type) && target < source)
            std::swap(source, target);
        db_.prepare("INSERT OR IGNORE INTO relations (type, source, target) VALUES (?, ?, ?)")
            .bindAll(toString(ref.type), source, target)
            .run();
        db_.prepare("UPDATE relations SET user_added = 1 WHERE type = ? AND source = ? AND target = ?")
            .bindAll(toString(ref.type), source, target)
            .run();
        break;
    }
    case K::RejectRelation:
    case K::RestoreRelation:
    case K::SetReview:
        requireKey(edit.entityKey, "the relation's source key");
        requireKey(edit.otherKey, "the relation's target key");
        requireRelation(edit, edit.kind == K::SetReview);
        entityIdForKey(edit.entityKey);
        entityIdForKey(edit.otherKey);
        break;
    }

    auto insert = db_.prepare("INSERT INTO curation (kind, entity_key, other_key, value, note, created_at) "
                              "VALUES (?, ?, ?, ?, ?, coalesce(nullif(?, ''), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
    insert.bindAll(toString(edit.kind), edit.entityKey, edit.otherKey, edit.value, edit.note, edit.createdAt).run();
    std::int64_t id = db_.lastInsertId();
    transaction.commit();
    return id;
}

void CurationWriter::remove(std::int64_t id)
{
    Transaction transaction(db_);
    auto find = db_.prepare("SELECT kind, entity_key, other_key, value FROM curation WHERE id = ?");
    if (!find.bindAll(id).step())
        throw SqlError(Error::Kind::NotFound, "no curation edit with id " + std::to_string(id));
    auto kind = curationKindFromString(find.text(0));
    std::string entityKey = find.text(1), otherKey = find.text(2), value = find.text(3);
    db_.prepare("DELETE FROM curation WHERE id = ?").bindAll(id).run();

    auto stillUsed = [&](std::string_view sql, auto... args) {
        auto q = db_.prepare(sql);
        q.bindAll(args...);
        return q.step();
    };
    // Rows an edit materialised go back to ordinary extracted rows; garbage collection then
    // removes them if nothing else (articles, other edits) still needs them.
    if (kind == CurationEdit::Kind::AddEntity &&
        !stillUsed("SELECT 1 FROM curation WHERE kind = 'add_entity' AND entity_key = ?", entityKey)) {
        db_.prepare("UPDATE entities SET origin = 'extracted' WHERE key = ? AND origin = 'user'").bindAll(entityKey).run();
    } else if (kind == CurationEdit::Kind::SplitAlias) {
        std::string splitKey = splitEntityKey(entityKey, value);
        bool used = false;
        auto others = db_.prepare("SELECT value FROM curation WHERE kind = 'split_alias' AND entity_key = ?");
        others.bindAll(entityKey);
        while (others.step())
            used = used || splitEntityKey(entityKey, others.text(0)) == splitKey;
        if (!used)
            db_.prepare("UPDATE entities SET origin = 'extracted' WHERE key = ?").bindAll(splitKey).run();
    } else if (kind == CurationEdit::Kind::AddRelation) {
        if (!stillUsed("SELECT 1 FROM curation WHERE kind = 'add_relation' AND entity_key = ? AND other_key = ? "
                       "AND value = ?",
                       entityKey, otherKey, value)) {
            auto ref = parseRelationValue(value);
            auto source = db_.prepare("SELECT entity FROM entity_keys WHERE key = ?");
            auto target = db_.prepare("SELECT entity FROM entity_keys WHERE key = ?");
            if (ref && source.bindAll(entityKey).step() && target.bindAll(otherKey).step()) {
                std::int64_t s = source.int64(0), t = target.int64(0);
                if (isSymmetric(ref->type) && t < s)
                    std::swap(s, t);
                db_.prepare("UPDATE relations SET user_added = 0 WHERE type = ? AND source = ? AND target = ?")
                    .bindAll(toString(ref->type), s, t)
                    .run();
            }
        }
    }
    collectGarbage(db_);
    transaction.commit();
}

} // namespace newsgraph::core::store
