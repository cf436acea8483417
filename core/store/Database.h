// RAII wrapper over one sqlite3 connection: prepared statements and transactions (internal to core/store).
#pragma once

#include "model/Error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

// Forward declarations keep <sqlite3.h> out of every header.
struct sqlite3;
struct sqlite3_stmt;

namespace newsgraph::core::store {

// Thrown inside core/store only; GraphStore turns it into Result errors at the module boundary,
// which keeps the many small SQL steps of an ingest readable.
class SqlError : public std::runtime_error
{
public:
    SqlError(Error::Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Error::Kind kind() const { return kind_; }

private:
    Error::Kind kind_;
};

class Statement
{
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::size_t value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    // The same without SQLite's own copy: `text` must stay unchanged until reset() (RowBatch
    // keeps its values until every chunk has run).
    Statement& bindUnowned(int index, std::string_view text);
    Statement& bind(int index, std::nullopt_t);
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<std::string_view>& text)
    {
        return text ? bind(index, *text) : bind(index, std::nullopt);
    }

    template <typename... Args>
    Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // True while a row is available; false when done. Throws SqlError on failure.
    bool step();
    // Runs to completion (for INSERT/UPDATE/DELETE) and resets for reuse.
    void run();
    void reset();

    // Columns are 0-based.
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class CachedStatement;
class StatementCache;

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database(const std::filesystem::path& path, Mode mode); // throws SqlError
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
    // The same, prepared once per connection and reused (for statements run again and again).
    CachedStatement cached(std::string_view sql) const;
    void exec(std::string_view sql) const; // one or more statements without results
    void run(std::string_view sql) const;  // exactly one statement without results, prepared once
    std::int64_t queryInt(std::string_view sql) const; // first column of the first row, 0 if none
    std::int64_t lastInsertId() const;
    std::int64_t changes() const; // rows the last INSERT/UPDATE/DELETE changed
    bool isReadOnly() const; // the OS refused write access even though we asked for it
    bool inTransaction() const; // BEGIN without COMMIT/ROLLBACK yet
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::unique_ptr<StatementCache> statements_; // finalized before the connection closes
};

// Write: BEGIN IMMEDIATE, so a competing writer is detected up front (busy), not halfway through.
// Read: BEGIN DEFERRED, one consistent snapshot across several SELECTs (WAL readers never block).
// Rolls back unless commit() was called. Inside an open transaction (bulk ingest) it becomes a
// SAVEPOINT, so one failing article still rolls back alone.
class Transaction
{
public:
    enum class Kind { Write, Read };
    explicit Transaction(const Database& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    const Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

// Maps an SQLite result code to the error kind people need to act on.
Error::Kind errorKindFor(int sqliteCode);

} // namespace newsgraph::core::store
