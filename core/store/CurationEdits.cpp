// The field scheme of each curation kind, in one place (documented at CurationEdit).
#include "store/CurationEdits.h"

namespace newsgraph::core::curation {
namespace {

CurationEdit make(CurationEdit::Kind kind, std::string entityKey, std::string otherKey, std::string value,
                  std::string note = {})
{
    CurationEdit edit;
    edit.kind = kind;
    edit.entityKey = std::move(entityKey);
    edit.otherKey = std::move(otherKey);
    edit.value = std::move(value);
    edit.note = std::move(note);
    return edit;
}

} // namespace

CurationEdit renameEntity(const std::string& key, const std::string& newName)
{
    return make(CurationEdit::Kind::RenameEntity, key, {}, newName);
}

CurationEdit retypeEntity(const std::string& key, EntityType type)
{
    return make(CurationEdit::Kind::RetypeEntity, key, {}, std::string(toString(type)));
}

CurationEdit mergeEntities(const std::string& survivorKey, const std::string& mergedKey)
{
    return make(CurationEdit::Kind::MergeEntities, survivorKey, mergedKey, {});
}

CurationEdit splitAlias(const std::string& key, const std::string& alias)
{
    return make(CurationEdit::Kind::SplitAlias, key, {}, alias);
}

CurationEdit removeEntity(const std::string& key)
{
    return make(CurationEdit::Kind::RemoveEntity, key, {}, {});
}

CurationEdit addEntity(const std::string& name, EntityType type, const std::string& key)
{
    return make(CurationEdit::Kind::AddEntity, key, std::string(toString(type)), name);
}

CurationEdit addRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type,
                         const std::string& note)
{
    return make(CurationEdit::Kind::AddRelation, sourceKey, targetKey, std::string(toString(type)), note);
}

CurationEdit rejectRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type)
{
    return make(CurationEdit::Kind::RejectRelation, sourceKey, targetKey, std::string(toString(type)));
}

CurationEdit restoreRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type)
{
    return make(CurationEdit::Kind::RestoreRelation, sourceKey, targetKey, std::string(toString(type)));
}

CurationEdit setReview(const std::string& sourceKey, const std::string& targetKey, RelationType type,
                       ReviewState state)
{
    return make(CurationEdit::Kind::SetReview, sourceKey, targetKey,
                std::string(toString(type)) + "=" + std::string(toString(state)));
}

} // namespace newsgraph::core::curation
