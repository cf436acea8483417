// Trigram FTS5 gives substring candidates for queries of three or more characters; shorter
// queries (two-syllable Korean names are common) fall back to a scan, which trigram cannot serve.
#include "store/EntitySearch.h"

#include "store/StoreText.h"
#include "text/NameKey.h"

#include <algorithm>
#include <map>
#include <sstream>

namespace newsgraph::core::store {
namespace {

constexpr std::size_t trigram = 3;

std::string quotedPhrase(const std::string& text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

// 0 exact, 1 prefix, 2 substring, 3 no match.
int matchLevel(const std::string& field, const std::string& query)
{
    if (query.empty() || field.empty())
        return 3;
    if (field == query)
        return 0;
    if (field.starts_with(query))
        return 1;
    return field.find(query) != std::string::npos ? 2 : 3;
}

std::vector<std::string> terms(const std::string& query)
{
    std::vector<std::string> list;
    std::istringstream in(query);
    for (std::string term; in >> term;)
        list.push_back(term);
    return list;
}

struct Candidate {
    int level = 3;
    std::string alias;
    int mentions = 0;
};

} // namespace

std::vector<SearchHit> EntitySearch::entities(const std::string& query, std::size_t limit) const
{
    auto hits = entitiesOnce(query, limit);
    if (hits.empty()) {
        std::string stripped = withoutTrailingParticle(query);
        if (!stripped.empty())
            hits = entitiesOnce(stripped, limit);
    }
    return hits;
}

std::vector<SearchHit> EntitySearch::entitiesOnce(const std::string& query, std::size_t limit) const
{
    const std::string key = nameKey(query);
    const std::string compact = compactKey(query);
    const std::string initials = hasCompatibilityJamo(query) ? compact : std::string();
    if (key.empty() && compact.empty())
        return {};

    std::vector<std::string> ftsTerms;
    for (const auto* t : {&key, &compact})
        if (codePointCount(*t) >= trigram && std::find(ftsTerms.begin(), ftsTerms.end(), *t) == ftsTerms.end())
            ftsTerms.push_back(*t);
    const bool useFts = !ftsTerms.empty() && codePointCount(key) >= trigram && codePointCount(compact) >= trigram;

    std::string sql = "SELECT a.entity, a.alias, a.alias_key, a.romanized, a.initials FROM ";
    if (useFts) {
        // Aliases still queued for the trigram index (schema v4) are scanned directly: every row
        // the index would return contains one of the terms in the column it is ranked by.
        sql += "aliases_fts f JOIN aliases a ON a.id = f.rowid WHERE aliases_fts MATCH ?1 "
               "UNION ALL SELECT a.entity, a.alias, a.alias_key, a.romanized, a.initials "
               "FROM aliases_fts_queue q JOIN aliases a ON a.id = q.id "
               "WHERE instr(a.alias_key, ?2) > 0 OR instr(a.romanized, ?3) > 0 OR instr(a.initials, ?3) > 0";
    } else {
        sql += "aliases a WHERE instr(a.alias_key, ?1) > 0 OR instr(a.romanized, ?2) > 0 OR instr(a.initials, ?2) > 0";
    }
    auto q = db_.prepare(sql);
    if (useFts) {
        std::string match;
        for (const auto& t : ftsTerms)
            match += (match.empty() ? "" : " OR ") + quotedPhrase(t);
        q.bind(1, match).bind(2, key.empty() ? compact : key).bind(3, compact);
    } else {
        q.bind(1, key.empty() ? compact : key).bind(2, compact);
    }

    std::map<EntityId, Candidate> best;
    while (q.step()) {
        int level = std::min({matchLevel(q.text(2), key), matchLevel(q.text(3), compact),
                              matchLevel(q.text(4), initials)});
        if (level > 2)
            continue;
        auto& c = best[q.int64(0)];
        if (level < c.level || (level == c.level && q.text(1) < c.alias)) {
            c.level = level;
            c.alias = q.text(1);
        }
    }

    auto entity = db_.prepare("SELECT name, type, (SELECT count(*) FROM mentions m WHERE m.entity = e.id) "
                              "FROM entities e WHERE id = ?");
    std::vector<std::pair<SearchHit, Candidate>> ranked;
    for (auto& [id, c] : best) {
        entity.bindAll(id);
        if (entity.step()) {
            SearchHit hit;
            hit.entity = id;
            hit.name = entity.text(0);
            hit.type = entityTypeFromString(entity.text(1)).value_or(EntityType::Company);
            hit.matchedAlias = c.alias;
            c.mentions = static_cast<int>(entity.int64(2));
            ranked.emplace_back(std::move(hit), c);
        }
        entity.reset();
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        if (a.second.level != b.second.level)
            return a.second.level < b.second.level;
        if (a.second.mentions != b.second.mentions)
            return a.second.mentions > b.second.mentions;
        return a.first.entity < b.first.entity;
    });
    std::vector<SearchHit> hits;
    for (auto& [hit, c] : ranked) {
        if (hits.size() >= limit)
            break;
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::vector<SentenceHit> EntitySearch::sentences(const std::string& query, std::size_t limit) const
{
    auto list = terms(query);
    if (list.empty())
        return {};
    bool allLong = std::all_of(list.begin(), list.end(), [](const auto& t) { return codePointCount(t) >= trigram; });

    // Sentences still queued for the trigram index (schema v2) are scanned directly.
    std::string scan;
    for (std::size_t i = 0; i < list.size(); ++i)
        scan += " AND instr(s.text, ?" + std::to_string(i + 2) + ") > 0";
    std::string sql;
    if (allLong) {
        sql = "SELECT s.article, s.idx, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid "
              "WHERE sentences_fts MATCH ?1 UNION ALL SELECT s.article, s.idx, s.text FROM sentences_fts_queue q "
              "JOIN sentences s ON s.id = q.id WHERE 1" + scan;
    } else {
        sql = "SELECT s.article, s.idx, s.text FROM sentences s WHERE ?1 IS NULL" + scan;
    }
    sql = "SELECT * FROM (" + sql + ") ORDER BY 1, 2 LIMIT " + std::to_string(limit);
    auto q = db_.prepare(sql);
    if (allLong) {
        std::string match;
        for (const auto& t : list)
            match += (match.empty() ? "" : " AND ") + quotedPhrase(t);
        q.bind(1, match);
    }
    for (std::size_t i = 0; i < list.size(); ++i)
        q.bind(static_cast<int>(i + 2), list[i]);
    std::vector<SentenceHit> hits;
    while (q.step()) {
        SentenceHit hit;
        hit.article = q.int64(0);
        hit.sentenceIndex = static_cast<std::size_t>(q.int64(1));
        hit.text = q.text(2);
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace newsgraph::core::store
