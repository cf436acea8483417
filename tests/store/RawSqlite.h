// Direct SQLite access for tests: dumps table contents and simulates other programs.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace newsgraph::test {

// A second connection, as another program would hold it.
class RawConnection
{
public:
    explicit RawConnection(const std::filesystem::path& path)
    {
        if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path.string());
    }
    ~RawConnection() { sqlite3_close(db_); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    int exec(const std::string& sql)
    {
        return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    }

    // The first column of the first row as an integer (0 when there is no row).
    long long queryInt(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr);
        const long long value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
        sqlite3_finalize(statement);
        return value;
    }

    // Every row of every ordinary table, in rowid order, as text: compares database contents.
    std::string dump()
    {
        std::string out;
        sqlite3_stmt* tables = nullptr;
        sqlite3_prepare_v2(db_,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                           "AND name NOT LIKE '%fts%' ORDER BY name",
                           -1, &tables, nullptr);
        while (sqlite3_step(tables) == SQLITE_ROW) {
            std::string table = reinterpret_cast<const char*>(sqlite3_column_text(tables, 0));
            out += "## " + table + "\n";
            sqlite3_stmt* rows = nullptr;
            std::string sql = "SELECT * FROM \"" + table + "\" ORDER BY 1";
            sqlite3_prepare_v2(db_, sql.c_str(), -1, &rows, nullptr);
            while (sqlite3_step(rows) == SQLITE_ROW) {
                for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                    const auto* text = sqlite3_column_text(rows, c);
                    out += text ? reinterpret_cast<const char*>(text) : "NULL";
                    out += '|';
                }
                out += '\n';
            }
            sqlite3_finalize(rows);
        }
        sqlite3_finalize(tables);
        return out;
    }

private:
    sqlite3* db_ = nullptr;
};

} // namespace newsgraph::test
