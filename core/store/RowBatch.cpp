// Multi-row INSERT: chunk statements are cached per connection, so only a few shapes are prepared.
#include "store/RowBatch.h"

#include "store/StatementCache.h"

#include <algorithm>

namespace newsgraph::core::store {

RowBatch::RowBatch(const Database& db, std::string insertHead, int columns)
    : db_(db), head_(std::move(insertHead)), columns_(columns)
{
    values_.reserve(static_cast<std::size_t>(columns_) * rowsPerStatement);
}

void RowBatch::push(std::string_view text)
{
    values_.push_back({Value::Kind::Text, static_cast<std::int64_t>(text_.size()), 0, text.size()});
    text_.append(text);
}

std::string RowBatch::sqlFor(std::size_t rows) const
{
    std::string row = "(";
    for (int i = 0; i < columns_; ++i)
        row += i ? ", ?" : "?";
    row += ')';
    std::string sql = head_ + " VALUES ";
    for (std::size_t i = 0; i < rows; ++i) {
        if (i)
            sql += ", ";
        sql += row;
    }
    return sql;
}

void RowBatch::flush()
{
    const auto perRow = static_cast<std::size_t>(columns_);
    std::size_t done = 0;
    while (done < values_.size()) {
        // Full chunks share one statement; the remainder gets one of its own size, so an
        // article never costs more than two statements per table.
        const std::size_t rows = std::min(rowsPerStatement, (values_.size() - done) / perRow);
        auto statement = db_.cached(sqlFor(rows));
        for (std::size_t i = 0; i < rows * perRow; ++i) {
            const Value& v = values_[done + i];
            const int index = static_cast<int>(i + 1);
            switch (v.kind) {
            case Value::Kind::Integer: statement->bind(index, v.integer); break;
            case Value::Kind::Real: statement->bind(index, v.real); break;
            case Value::Kind::Null: statement->bind(index, std::nullopt); break;
            case Value::Kind::Text:
                statement->bindUnowned(index,
                                       std::string_view(text_).substr(static_cast<std::size_t>(v.integer), v.size));
                break;
            }
        }
        statement->run();
        done += rows * perRow;
    }
    values_.clear();
    text_.clear();
}

} // namespace newsgraph::core::store
