// Replays an ingested database's rows into a fresh one: SQLite's own cost for the store stage.
#pragma once

#include "model/Error.h"

#include <cstdint>
#include <filesystem>
#include <memory>

namespace newsgraph::core::store {

class Database;

// How cheap could the store stage be? This copies the rows an ingest wrote (articles, sentences,
// mentions, evidence, entities, aliases, relations) into an empty database with the same schema,
// one savepoint per article inside one transaction, exactly as bulk ingest commits them, but with
// INSERT ... SELECT: no extraction, no lookups, no statement binding. Then it builds the sentence
// and alias indexes as ingest does. The CPU time of the two steps is a lower bound for any writer
// of these rows into this schema, so `bench` reports the store stage against it.
class StoreFloor
{
public:
    // `ingested` is read, never written; `scratch` must not exist yet (it is created).
    static Result<StoreFloor> open(const std::filesystem::path& ingested, const std::filesystem::path& scratch);
    ~StoreFloor();
    StoreFloor(StoreFloor&&) noexcept;
    StoreFloor& operator=(StoreFloor&&) noexcept;

    // Copies every row; returns the number of articles copied.
    Result<std::int64_t> copyRows();
    // Builds the trigram indexes over the copied sentences and aliases.
    Result<void> buildIndexes();

private:
    StoreFloor(std::unique_ptr<Database> db, std::filesystem::path scratch);

    std::unique_ptr<Database> db_;
    std::filesystem::path scratch_;
};

} // namespace newsgraph::core::store
