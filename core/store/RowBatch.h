// Collects rows for one INSERT and writes them with few multi-row statements instead of one each.
#pragma once

#include "store/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core::store {

// An article's sentences, mentions and evidence are a few dozen rows each; stepping a prepared
// statement per row made the statement overhead (binding, stepping, resetting, opening a statement
// journal) cost more than SQLite's actual inserting. Rows are buffered as values and written in
// chunks of up to `rowsPerStatement`, each chunk size prepared once per connection.
// No ids come back: use it only for rows nobody refers to by id right away.
class RowBatch
{
public:
    // `insertHead` is everything before VALUES, e.g. "INSERT INTO t (a, b)"; `columns` its count.
    RowBatch(const Database& db, std::string insertHead, int columns);
    ~RowBatch() = default;
    RowBatch(const RowBatch&) = delete;
    RowBatch& operator=(const RowBatch&) = delete;

    template <typename... Args>
    void add(const Args&... args)
    {
        static_assert(sizeof...(Args) > 0);
        (push(args), ...);
        if (values_.size() % static_cast<std::size_t>(columns_) != 0)
            throw SqlError(Error::Kind::InvalidInput, "row with the wrong number of values for " + head_);
        if (values_.size() >= static_cast<std::size_t>(columns_) * rowsPerStatement)
            flush();
    }

    // Writes every buffered row. Must be called before the rows are needed (queries, commit).
    void flush();

private:
    struct Value {
        enum class Kind : std::uint8_t { Integer, Real, Text, Null } kind;
        std::int64_t integer = 0; // Integer; for Text: offset into text_
        double real = 0;          // Real
        std::size_t size = 0;     // Text: length
    };

    void push(std::int64_t value) { values_.push_back({Value::Kind::Integer, value, 0, 0}); }
    void push(int value) { push(static_cast<std::int64_t>(value)); }
    void push(std::size_t value) { push(static_cast<std::int64_t>(value)); }
    void push(double value) { values_.push_back({Value::Kind::Real, 0, value, 0}); }
    void push(std::nullopt_t) { values_.push_back({Value::Kind::Null, 0, 0, 0}); }
    void push(const std::optional<double>& value) { value ? push(*value) : push(std::nullopt); }
    void push(std::string_view text);
    void push(const std::string& text) { push(std::string_view(text)); }
    void push(const char* text) { push(std::string_view(text)); }

    std::string sqlFor(std::size_t rows) const;

    static constexpr std::size_t rowsPerStatement = 32;
    const Database& db_;
    std::string head_;
    int columns_;
    std::vector<Value> values_;
    std::string text_; // text values back to back, bound without a copy until flush() ends
};

} // namespace newsgraph::core::store
