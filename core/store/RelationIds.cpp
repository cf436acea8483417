// Relation rows by (type, source, target): cache, then one lookup and one insert per chunk.
#include "store/RelationIds.h"

#include "store/StatementCache.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace newsgraph::core::store {
namespace {

// Each row binds four values (three for inserts), well under SQLite's limit of 32766.
constexpr std::size_t rowsPerStatement = 64;

std::string rowList(std::size_t rows, std::string_view row)
{
    std::string sql;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i)
            sql += ", ";
        sql += row;
    }
    return sql;
}

} // namespace

std::vector<std::int64_t> RelationIds::resolve(const std::vector<Key>& keys)
{
    std::vector<std::int64_t> ids(keys.size(), 0);
    std::unordered_map<Key, std::size_t, WriteCache::RelationHash> firstAt; // key -> index in `unknown`
    std::vector<Key> unknown;
    std::vector<std::size_t> slot(keys.size(), 0); // index into `unknown` for keys not cached
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (cache_) {
            if (auto it = cache_->relations.find(keys[i]); it != cache_->relations.end()) {
                ids[i] = it->second;
                continue;
            }
        }
        auto [it, added] = firstAt.try_emplace(keys[i], unknown.size());
        if (added)
            unknown.push_back(keys[i]);
        slot[i] = it->second;
    }
    if (unknown.empty())
        return ids;

    std::vector<std::int64_t> unknownIds(unknown.size(), 0);
    lookUp(unknown, unknownIds);
    insert(unknown, unknownIds);
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (ids[i] == 0)
            ids[i] = unknownIds[slot[i]];
    if (cache_)
        for (std::size_t u = 0; u < unknown.size(); ++u)
            cache_->relations.emplace(unknown[u], unknownIds[u]);
    return ids;
}

void RelationIds::lookUp(const std::vector<Key>& unknown, std::vector<std::int64_t>& ids) const
{
    // CROSS JOIN keeps the listed pairs as the outer loop, so each is one probe of the
    // UNIQUE (type, source, target) index; "(type, source, target) IN (VALUES ...)" scans the table.
    for (std::size_t done = 0; done < unknown.size();) {
        const std::size_t rows = std::min(rowsPerStatement, unknown.size() - done);
        auto q = db_.cached("SELECT v.column1, r.id FROM (VALUES " + rowList(rows, "(?, ?, ?, ?)") +
                            ") v CROSS JOIN relations r ON r.type = v.column2 AND r.source = v.column3 "
                            "AND r.target = v.column4");
        int index = 0;
        for (std::size_t i = done; i < done + rows; ++i) {
            const Key& k = unknown[i];
            q->bind(++index, static_cast<std::int64_t>(i));
            q->bind(++index, toString(k.type));
            q->bind(++index, k.source);
            q->bind(++index, k.target);
        }
        while (q->step())
            ids[static_cast<std::size_t>(q->int64(0))] = q->int64(1);
        done += rows;
    }
}

void RelationIds::insert(const std::vector<Key>& unknown, std::vector<std::int64_t>& ids) const
{
    std::vector<std::size_t> fresh;
    for (std::size_t i = 0; i < unknown.size(); ++i)
        if (ids[i] == 0)
            fresh.push_back(i);
    if (fresh.empty())
        return;
    // What SQLite assigns to a row inserted without an id (the table has no AUTOINCREMENT).
    std::int64_t next = db_.queryInt("SELECT max(id) FROM relations") + 1;
    for (std::size_t done = 0; done < fresh.size();) {
        const std::size_t rows = std::min(rowsPerStatement, fresh.size() - done);
        auto q = db_.cached("INSERT INTO relations (id, type, source, target) VALUES " +
                            rowList(rows, "(?, ?, ?, ?)"));
        int index = 0;
        for (std::size_t i = done; i < done + rows; ++i) {
            const Key& k = unknown[fresh[i]];
            ids[fresh[i]] = next++;
            q->bind(++index, ids[fresh[i]]);
            q->bind(++index, toString(k.type));
            q->bind(++index, k.source);
            q->bind(++index, k.target);
        }
        q->run();
        done += rows;
    }
}

} // namespace newsgraph::core::store
