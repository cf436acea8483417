// The checks here only sharpen messages; GraphStore::open still decides (not SQLite, locked, read-only).
#include "StoreAccess.h"

#include <system_error>

namespace newsgraph::cli {

using core::Error;
using core::fail;

core::Result<std::unique_ptr<core::GraphStore>> openStoreForWriting(const std::filesystem::path& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail(Error::Kind::InvalidInput, path.string() + ": is a folder, not a database file");
    return core::GraphStore::open(path, core::GraphStore::OpenMode::ReadWrite);
}

core::Result<std::unique_ptr<core::GraphStore>> openStoreForReading(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return fail(Error::Kind::NotFound,
                    path.string() + ": no such database (create one with 'newsgraph-cli ingest --db FILE PATH...')");
    if (std::filesystem::is_directory(path, ec))
        return fail(Error::Kind::InvalidInput, path.string() + ": is a folder, not a database file");
    return core::GraphStore::open(path, core::GraphStore::OpenMode::ReadOnly);
}

} // namespace newsgraph::cli
