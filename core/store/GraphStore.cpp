// GraphStore facade: opens the file, guards modes, and turns internal SqlErrors into Results.
#include "store/GraphStore.h"

#include "store/ArticleWriter.h"
#include "store/CurationApplier.h"
#include "store/CurationWriter.h"
#include "store/Database.h"
#include "store/GuardedCall.h"
#include "store/EntitySearch.h"
#include "store/GraphReader.h"
#include "store/Schema.h"
#include "store/StatementCache.h"
#include "store/StoreText.h"
#include "store/WriteCache.h"

#include <unistd.h>

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>

namespace newsgraph::core {

using store::Database;
using store::isNewerVersion;
using store::SqlError;
using store::Transaction;

namespace {

using store::guarded;

bool writable(const std::filesystem::path& path)
{
    return ::access(path.c_str(), W_OK) == 0;
}


// What search and loadArticle need from curation, rebuilt only when the database changed.
struct CuratedIds {
    std::int64_t dataVersion = -1;
    std::int64_t localChanges = -1;
    std::unordered_map<EntityId, EntityId> finalIds;
    std::unordered_map<EntityId, std::pair<std::string, EntityType>> shown; // final id -> name, type
};

} // namespace

struct GraphStore::Impl {
    std::filesystem::path path;
    OpenMode mode = OpenMode::ReadWrite;
    std::unique_ptr<Database> db;
    std::int64_t localChanges = 0; // PRAGMA data_version only reflects other connections' commits
    std::string extractorVersion;
    std::size_t bulkLimit = 0;               // 0: one transaction per ingest
    std::size_t bulkCount = 0;               // articles in the open bulk transaction
    std::unique_ptr<Transaction> bulk;
    store::WriteCache writeCache; // lookups made inside `bulk`; emptied whenever it ends

    ~Impl()
    {
        try {
            commitBulk();
        } catch (const SqlError&) {
            // Rolled back by the Transaction; the articles are stored again by the next ingest.
        }
    }

    void commitBulk()
    {
        if (bulk) {
            bulkCount = 0;
            writeCache.clear(); // other connections may write once this transaction ends
            auto open = std::move(bulk); // rolled back by its destructor if the commit fails
            // Bulk ingest leaves its sentences queued (see ArticleWriter::Options) and indexes
            // them here, in one large FTS segment per commit.
            store::indexQueuedSentences(*db);
            store::indexQueuedAliases(*db);
            open->commit();
        }
    }
    mutable CuratedIds curated;

    void requireWritable() const
    {
        if (mode == OpenMode::ReadOnly)
            throw SqlError(Error::Kind::ReadOnly, "opened read-only, cannot write");
    }

    GraphData load(bool includeRejected, std::unordered_map<EntityId, EntityId>* finalIds = nullptr) const
    {
        Transaction snapshot(*db, Transaction::Kind::Read);
        store::GraphReader reader(*db);
        store::CurationApplier applier(reader.read(), [&reader](EntityId entity, const std::string& surfaceKey) {
            return reader.surfaceMentions(entity, surfaceKey);
        });
        GraphData data = applier.apply(reader.curation(), includeRejected);
        if (finalIds)
            *finalIds = applier.finalIds();
        return data;
    }

    // Without curation, stored ids and names are what the graph shows: no need to load it.
    bool hasCuration() const { return db->queryInt("SELECT EXISTS (SELECT 1 FROM curation)") != 0; }

    const CuratedIds& curatedIds() const
    {
        std::int64_t version = db->queryInt("PRAGMA data_version");
        if (curated.dataVersion != version || curated.localChanges != localChanges) {
            CuratedIds fresh;
            GraphData data = load(true, &fresh.finalIds);
            for (auto& e : data.entities)
                fresh.shown.emplace(e.id, std::pair{std::move(e.name), e.type});
            fresh.dataVersion = version;
            fresh.localChanges = localChanges;
            curated = std::move(fresh);
        }
        return curated;
    }
};

GraphStore::GraphStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GraphStore::~GraphStore() = default;

const std::filesystem::path& GraphStore::path() const
{
    return impl_->path;
}

Result<std::unique_ptr<GraphStore>> GraphStore::open(const std::filesystem::path& path, OpenMode mode)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (exists && std::filesystem::is_directory(path, ec))
        return fail(Error::Kind::InvalidInput, path.string() + ": is a folder, not a database file");
    if (mode == OpenMode::ReadOnly && !exists)
        return fail(Error::Kind::NotFound, path.string() + ": no such database");
    if (mode == OpenMode::ReadWrite) {
        auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
        if (!std::filesystem::is_directory(folder, ec))
            return fail(Error::Kind::NotFound, path.string() + ": folder " + folder.string() + " does not exist");
        if (exists && !writable(path))
            return fail(Error::Kind::ReadOnly, path.string() + ": read-only, cannot write");
        // SQLite keeps its journal (-wal, -shm) next to the database, so the folder must be writable too.
        if (!writable(folder))
            return fail(Error::Kind::ReadOnly, path.string() + ": read-only folder, cannot write");
    }

    return guarded(path, [&]() -> std::unique_ptr<GraphStore> {
        auto impl = std::make_unique<Impl>();
        impl->path = path;
        impl->mode = mode;
        const auto dbMode = mode == OpenMode::ReadOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
        impl->db = std::make_unique<Database>(path, dbMode);
        store::prepareSchema(*impl->db, dbMode);
        return std::unique_ptr<GraphStore>(new GraphStore(std::move(impl)));
    });
}

Result<IngestStatus> GraphStore::ingest(const Article& article, const Extraction& extraction)
{
    return ingest(article, extraction, impl_->extractorVersion);
}

void GraphStore::setExtractorVersion(std::string version)
{
    impl_->extractorVersion = std::move(version);
}

Result<std::vector<std::string>> GraphStore::articlesExtractedBefore(const std::string& extractorVersion) const
{
    return guarded(impl_->path, [&] {
        std::vector<std::string> files;
        auto q = impl_->db->cached("SELECT file_name, extractor_version FROM articles ORDER BY id");
        while (q->step())
            if (isNewerVersion(extractorVersion, q->text(1)))
                files.push_back(q->text(0));
        return files;
    });
}

Result<IngestStatus> GraphStore::ingest(const Article& article, const Extraction& extraction,
                                        const std::string& extractorVersion)
{
    auto where = impl_->path.string() + " (" + (article.fileName.empty() ? std::string("article") : article.fileName) + ")";
    if (article.fileName.empty())
        return fail(Error::Kind::InvalidInput, where + ": article has no file name");
    return guarded(where, [&] {
        impl_->requireWritable();
        auto& impl = *impl_;
        if (impl.bulkLimit > 0 && !impl.bulk)
            impl.bulk = std::make_unique<Transaction>(*impl.db);
        IngestStatus status;
        try {
            status = store::ArticleWriter(*impl.db, {.deferSentenceIndex = impl.bulk != nullptr,
                                                     .cache = impl.bulk ? &impl.writeCache : nullptr})
                         .write(article, extraction, extractorVersion);
        } catch (...) {
            impl.writeCache.clear(); // the article's rows were rolled back, cached ids with them
            // An I/O error may have made SQLite roll back the whole bulk transaction.
            if (impl.bulk && !impl.db->inTransaction()) {
                impl.bulk.reset();
                impl.bulkCount = 0;
            }
            throw;
        }
        if (status != IngestStatus::Unchanged)
            ++impl.localChanges;
        if (impl.bulk && ++impl.bulkCount >= impl.bulkLimit)
            impl.commitBulk();
        return status;
    });
}

Result<void> GraphStore::beginBulkIngest(std::size_t articlesPerCommit)
{
    return guarded(impl_->path, [&] {
        impl_->requireWritable();
        impl_->bulkLimit = std::max<std::size_t>(1, articlesPerCommit);
    });
}

Result<void> GraphStore::endBulkIngest()
{
    return guarded(impl_->path, [&] {
        impl_->bulkLimit = 0;
        impl_->commitBulk();
    });
}

Result<GraphData> GraphStore::loadGraph(bool includeRejected) const
{
    return guarded(impl_->path, [&] { return impl_->load(includeRejected); });
}

Result<StoredArticle> GraphStore::loadArticle(ArticleId id) const
{
    return guarded(impl_->path, [&] {
        StoredArticle article;
        {
            Transaction snapshot(*impl_->db, Transaction::Kind::Read);
            article = store::GraphReader(*impl_->db).article(id);
        }
        if (!impl_->hasCuration())
            return article;
        const auto& ids = impl_->curatedIds().finalIds;
        std::erase_if(article.mentions, [&](StoredMention& m) {
            auto it = ids.find(m.entity);
            if (it == ids.end() || it->second == 0)
                return true;
            m.entity = it->second;
            return false;
        });
        return article;
    });
}

Result<StoreStats> GraphStore::stats() const
{
    return guarded(impl_->path, [&] {
        const auto& db = *impl_->db;
        Transaction snapshot(db, Transaction::Kind::Read);
        auto count = [&](const char* table) {
            return static_cast<std::size_t>(db.queryInt(std::string("SELECT count(*) FROM ") + table));
        };
        StoreStats s;
        s.articles = count("articles");
        s.sentences = count("sentences");
        s.entities = count("entities");
        s.aliases = count("aliases");
        s.mentions = count("mentions");
        s.relations = count("relations");
        s.evidence = count("evidence");
        s.curationEdits = count("curation");
        return s;
    });
}

Result<std::vector<SearchHit>> GraphStore::searchEntities(const std::string& query, std::size_t limit) const
{
    return guarded(impl_->path, [&] {
        // Over-fetch: merged entities collapse into one hit and removed ones vanish.
        if (!impl_->hasCuration())
            return store::EntitySearch(*impl_->db).entities(query, limit);
        auto raw = store::EntitySearch(*impl_->db).entities(query, limit * 4 + 8);
        const auto& curated = impl_->curatedIds();
        std::vector<SearchHit> hits;
        std::set<EntityId> seen;
        for (auto& hit : raw) {
            auto it = curated.finalIds.find(hit.entity);
            if (it == curated.finalIds.end() || it->second == 0 || !seen.insert(it->second).second)
                continue;
            hit.entity = it->second;
            if (auto shown = curated.shown.find(hit.entity); shown != curated.shown.end()) {
                hit.name = shown->second.first;
                hit.type = shown->second.second;
            }
            hits.push_back(std::move(hit));
            if (hits.size() >= limit)
                break;
        }
        return hits;
    });
}

Result<std::vector<SentenceHit>> GraphStore::searchSentences(const std::string& query, std::size_t limit) const
{
    return guarded(impl_->path, [&] { return store::EntitySearch(*impl_->db).sentences(query, limit); });
}

Result<std::int64_t> GraphStore::addCuration(const CurationEdit& edit)
{
    return guarded(impl_->path, [&] {
        impl_->requireWritable();
        impl_->commitBulk();
        auto id = store::CurationWriter(*impl_->db).add(edit);
        ++impl_->localChanges;
        return id;
    });
}

Result<void> GraphStore::removeCuration(std::int64_t editId)
{
    return guarded(impl_->path, [&] {
        impl_->requireWritable();
        impl_->commitBulk();
        store::CurationWriter(*impl_->db).remove(editId);
        ++impl_->localChanges;
    });
}

Result<std::vector<CurationEdit>> GraphStore::curationLog() const
{
    return guarded(impl_->path, [&] { return store::GraphReader(*impl_->db).curation(); });
}

Result<void> GraphStore::putSetting(const std::string& key, const std::string& value)
{
    return guarded(impl_->path, [&] {
        impl_->requireWritable();
        impl_->commitBulk();
        impl_->db->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)").bindAll(key, value).run();
    });
}

Result<std::optional<std::string>> GraphStore::setting(const std::string& key) const
{
    return guarded(impl_->path, [&]() -> std::optional<std::string> {
        auto q = impl_->db->prepare("SELECT value FROM settings WHERE key = ?");
        if (q.bindAll(key).step())
            return q.text(0);
        return std::nullopt;
    });
}

} // namespace newsgraph::core
