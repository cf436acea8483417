// sqlite3 calls live here and nowhere else; failures become SqlError with a message for people.
#include "store/Database.h"

#include "store/StatementCache.h"

#include <sqlite3.h>

#include <mutex>

namespace newsgraph::core::store {
namespace {

// SQLite counts every allocation under a global mutex unless told not to; nothing here reads
// those counters, and the lock was a visible share of ingest time. sqlite3_config only works
// before SQLite initialises, so it runs once before the first connection (and is harmless if
// another library initialised SQLite first: the call then fails and the default stays).
void configureSqliteOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// Short enough that a second program holding the database is reported quickly, long enough to
// ride out another connection's brief commit.
constexpr int busyTimeoutMs = 2000;

std::string messageFor(int code, sqlite3* db)
{
    switch (code & 0xff) {
    case SQLITE_NOTADB: return "not a NewsGraph database (file is not SQLite)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return "locked by another program";
    case SQLITE_READONLY: return "read-only, cannot write";
    case SQLITE_CANTOPEN: return "cannot open the database file";
    case SQLITE_CORRUPT: return "database file is damaged";
    case SQLITE_FULL: return "disk full";
    default: break;
    }
    return db ? std::string(sqlite3_errmsg(db)) : std::string(sqlite3_errstr(code));
}

[[noreturn]] void raise(int code, sqlite3* db)
{
    throw SqlError(errorKindFor(code), messageFor(code, db));
}

} // namespace

Error::Kind errorKindFor(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Kind::Busy;
    case SQLITE_READONLY: return Error::Kind::ReadOnly;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL: return Error::Kind::Io;
    default: return Error::Kind::Database;
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db)
{
    int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        raise(rc, db_);
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_)
{
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        raise(rc, db_);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        raise(rc, db_);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // A default string_view has no data pointer, which SQLite would store as NULL, not "".
    const char* data = text.data() ? text.data() : "";
    if (int rc = sqlite3_bind_text(stmt_, index, data, static_cast<int>(text.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        raise(rc, db_);
    return *this;
}

Statement& Statement::bindUnowned(int index, std::string_view text)
{
    const char* data = text.data() ? text.data() : "";
    if (int rc = sqlite3_bind_text(stmt_, index, data, static_cast<int>(text.size()), SQLITE_STATIC); rc != SQLITE_OK)
        raise(rc, db_);
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        raise(rc, db_);
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    return value ? bind(index, *value) : bind(index, std::nullopt);
}

bool Statement::step()
{
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(stmt_);
    raise(rc, db_);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Database::Database(const std::filesystem::path& path, Mode mode)
{
    configureSqliteOnce();
    int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    // Multi-thread mode: a connection belongs to one thread at a time (as GraphStore documents),
    // so SQLite's per-call connection mutex only cost time: one lock per bind, step and column
    // read, about 7% of the store stage in an ingest profile.
    int rc = sqlite3_open_v2(path.string().c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = messageFor(rc, db_);
        sqlite3_close(db_);
        db_ = nullptr;
        throw SqlError(errorKindFor(rc), message);
    }
    sqlite3_extended_result_codes(db_, 0);
    sqlite3_busy_timeout(db_, busyTimeoutMs);
    statements_ = std::make_unique<StatementCache>(db_);
}

Database::~Database()
{
    statements_.reset();
    sqlite3_close_v2(db_);
}

void Database::run(std::string_view sql) const
{
    cached(sql)->run();
}

CachedStatement Database::cached(std::string_view sql) const
{
    return statements_->lease(sql);
}

void Database::exec(std::string_view sql) const
{
    std::string copy(sql); // sqlite3_exec wants a terminated string
    char* error = nullptr;
    int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        raise(rc, db_);
}

std::int64_t Database::queryInt(std::string_view sql) const
{
    auto statement = cached(sql);
    return statement->step() ? statement->int64(0) : 0;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(db_);
}

std::int64_t Database::changes() const
{
    return sqlite3_changes64(db_);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(db_, "main") == 1;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(db_) == 0;
}

Transaction::Transaction(const Database& db, Kind kind) : db_(db), nested_(db.inTransaction())
{
    // Prepared once per connection: re-parsing these on every article was measurable.
    if (nested_)
        db_.run("SAVEPOINT nested");
    else
        db_.run(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction()
{
    if (!done_) {
        try {
            if (nested_)
                db_.run("ROLLBACK TO nested");
            db_.run(nested_ ? "RELEASE nested" : "ROLLBACK");
        } catch (const std::exception&) {
            // Already rolled back by SQLite (e.g. after SQLITE_FULL); nothing more to undo.
        }
    }
}

void Transaction::commit()
{
    db_.run(nested_ ? "RELEASE nested" : "COMMIT");
    done_ = true;
}

} // namespace newsgraph::core::store
