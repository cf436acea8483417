// Prepared statements kept for a connection's lifetime, lent out one use at a time.
#pragma once

#include "store/Database.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core::store {

class StatementCache;

// One borrowed statement; reset and handed back to the cache when the lease ends, so a statement
// left mid-result (early return, exception) never keeps a read snapshot open.
class CachedStatement
{
public:
    CachedStatement(std::unique_ptr<Statement> statement, std::vector<std::unique_ptr<Statement>>* home);
    ~CachedStatement();
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    Statement& operator*() const { return *statement_; }
    Statement* operator->() const { return statement_.get(); }

private:
    std::unique_ptr<Statement> statement_;
    std::vector<std::unique_ptr<Statement>>* home_;
};

// Preparing is a large share of a small statement's cost; ingest runs the same few dozen
// statements for every article. Two leases of one SQL at once get two statements.
class StatementCache
{
public:
    explicit StatementCache(sqlite3* db) : db_(db) {}
    CachedStatement lease(std::string_view sql);

private:
    sqlite3* db_;
    std::map<std::string, std::vector<std::unique_ptr<Statement>>, std::less<>> idle_;
};

} // namespace newsgraph::core::store
