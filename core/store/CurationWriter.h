// Stores and removes curation edits, materialising the rows that AddEntity/AddRelation/SplitAlias create.
#pragma once

#include "store/Database.h"
#include "store/GraphStore.h"

#include <cstdint>

namespace newsgraph::core::store {

class CurationWriter
{
public:
    explicit CurationWriter(const Database& db) : db_(db) {}

    // Validates the edit, stores it and returns its id; throws SqlError (InvalidInput, NotFound).
    std::int64_t add(CurationEdit edit);
    // Deletes the edit (undo) and whatever rows only it kept alive.
    void remove(std::int64_t id);

private:
    std::int64_t entityIdForKey(const std::string& key) const; // throws NotFound
    const Database& db_;
};

} // namespace newsgraph::core::store
