// The database schema as an ordered list of migrations, tracked in PRAGMA user_version.
#pragma once

#include "store/Database.h"

#include <string_view>
#include <vector>

namespace newsgraph::core::store {

// Marks the file as ours (PRAGMA application_id), so another program's SQLite file is refused
// instead of being silently extended with our tables.
inline constexpr int applicationId = 0x4E47524B; // "NGRK"

struct Migration {
    int version;          // user_version after this migration
    std::string_view sql; // run inside one transaction
};

// v1 = initial schema, v2 = extractor versions and batched sentence indexing, v3 = bodies stored
// as gaps between sentences, v4 = batched alias indexing. Append new versions at the end; never
// edit a released one.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Checks the file is a NewsGraph database of a version we understand; in ReadWrite mode creates
// the schema or brings it up to date. Throws SqlError with a message for people.
void prepareSchema(const Database& db, Database::Mode mode);

} // namespace newsgraph::core::store
