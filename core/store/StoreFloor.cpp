// Copies an ingested database row by row into a fresh one, as bulk ingest would have written it.
#include "store/StoreFloor.h"

#include "store/ArticleWriter.h"
#include "store/Database.h"
#include "store/GuardedCall.h"
#include "store/Schema.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core::store {
namespace {

// Tables shared by all articles, copied first in one statement each (ingest writes them piecemeal,
// so this is cheaper than any real writer: the floor stays a floor).
constexpr std::array sharedTables = {"entities", "entity_keys", "aliases", "relations"};
// Rows owned by one article, copied per article in its own savepoint.
constexpr std::array articleTables = {"sentences", "mentions", "evidence"};

} // namespace

StoreFloor::StoreFloor(std::unique_ptr<Database> db, std::filesystem::path scratch)
    : db_(std::move(db)), scratch_(std::move(scratch))
{
}
StoreFloor::~StoreFloor() = default;
StoreFloor::StoreFloor(StoreFloor&&) noexcept = default;
StoreFloor& StoreFloor::operator=(StoreFloor&&) noexcept = default;

Result<StoreFloor> StoreFloor::open(const std::filesystem::path& ingested, const std::filesystem::path& scratch)
{
    std::error_code ec;
    if (std::filesystem::exists(scratch, ec))
        return fail(Error::Kind::Io, scratch.string() + ": already exists; the floor needs an empty database");
    // Checks that the source is a NewsGraph database of this schema version before touching it.
    auto checked = guarded(ingested, [&] {
        Database source(ingested, Database::Mode::ReadOnly);
        prepareSchema(source, Database::Mode::ReadOnly);
    });
    if (!checked)
        return std::unexpected(checked.error());
    return guarded(scratch, [&] {
        auto db = std::make_unique<Database>(scratch, Database::Mode::ReadWrite);
        prepareSchema(*db, Database::Mode::ReadWrite);
        auto attach = db->prepare("ATTACH DATABASE ? AS source");
        attach.bind(1, ingested.string());
        attach.run();
        return StoreFloor(std::move(db), scratch);
    });
}

Result<std::int64_t> StoreFloor::copyRows()
{
    return guarded(scratch_, [&] {
        std::int64_t articles = 0;
        Transaction bulk(*db_);
        for (const char* table : sharedTables)
            db_->exec(std::string("INSERT INTO main.") + table + " SELECT * FROM source." + table);
        // Each statement copies one article's rows; the last queues its sentences for the batched
        // trigram index, as ArticleWriter does.
        std::vector<std::string> perArticle{"INSERT INTO main.articles SELECT * FROM source.articles WHERE id = ?"};
        for (const char* table : articleTables)
            perArticle.push_back(std::string("INSERT INTO main.") + table + " SELECT * FROM source." + table +
                                 " WHERE article = ?");
        perArticle.emplace_back("INSERT INTO main.sentences_fts_queue (id) SELECT id FROM source.sentences WHERE article = ?");
        auto ids = db_->prepare("SELECT id FROM source.articles ORDER BY id");
        while (ids.step()) {
            const std::int64_t id = ids.int64(0);
            Transaction article(*db_);
            for (const std::string& sql : perArticle)
                db_->cached(sql)->bind(1, id).run();
            article.commit();
            ++articles;
        }
        bulk.commit();
        return articles;
    });
}

Result<void> StoreFloor::buildIndexes()
{
    return guarded(scratch_, [&] {
        Transaction indexing(*db_);
        indexQueuedSentences(*db_);
        indexQueuedAliases(*db_);
        indexing.commit();
    });
}

} // namespace newsgraph::core::store
