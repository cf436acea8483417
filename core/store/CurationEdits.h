// Builders for CurationEdit values, so callers need not remember each kind's field scheme.
#pragma once

#include "model/EntityType.h"
#include "model/GraphData.h"
#include "model/RelationType.h"
#include "store/GraphStore.h"

#include <string>

namespace newsgraph::core::curation {

CurationEdit renameEntity(const std::string& key, const std::string& newName);
CurationEdit retypeEntity(const std::string& key, EntityType type);
CurationEdit mergeEntities(const std::string& survivorKey, const std::string& mergedKey);
CurationEdit splitAlias(const std::string& key, const std::string& alias);
CurationEdit removeEntity(const std::string& key);
// key "" lets the store choose "user:<nameKey(name)>".
CurationEdit addEntity(const std::string& name, EntityType type, const std::string& key = {});
CurationEdit addRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type,
                         const std::string& note = {});
CurationEdit rejectRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type);
CurationEdit restoreRelation(const std::string& sourceKey, const std::string& targetKey, RelationType type);
CurationEdit setReview(const std::string& sourceKey, const std::string& targetKey, RelationType type,
                       ReviewState state);

} // namespace newsgraph::core::curation
