// Statement reuse: a per-SQL free list; prepare only when every copy of that SQL is in use.
#include "store/StatementCache.h"

namespace newsgraph::core::store {

CachedStatement::CachedStatement(std::unique_ptr<Statement> statement, std::vector<std::unique_ptr<Statement>>* home)
    : statement_(std::move(statement)), home_(home)
{
}

CachedStatement::~CachedStatement()
{
    if (!statement_)
        return;
    statement_->reset();
    try {
        home_->push_back(std::move(statement_));
    } catch (...) {
        // Out of memory: the statement is finalized instead of kept; nothing is lost.
    }
}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : statement_(std::move(other.statement_)), home_(other.home_)
{
}

CachedStatement StatementCache::lease(std::string_view sql)
{
    auto it = idle_.find(sql);
    if (it == idle_.end())
        it = idle_.emplace(std::string(sql), std::vector<std::unique_ptr<Statement>>{}).first;
    auto& idle = it->second;
    if (idle.empty())
        return CachedStatement(std::make_unique<Statement>(db_, sql), &idle);
    auto statement = std::move(idle.back());
    idle.pop_back();
    return CachedStatement(std::move(statement), &idle);
}

} // namespace newsgraph::core::store
