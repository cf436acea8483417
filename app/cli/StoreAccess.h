// Opens the database named by --db the way every command needs it, with messages that name the file.
#pragma once

#include "model/Error.h"
#include "store/GraphStore.h"

#include <filesystem>
#include <memory>

namespace newsgraph::cli {

// Writing commands create the file; reading commands refuse a missing one instead of creating it.
core::Result<std::unique_ptr<core::GraphStore>> openStoreForWriting(const std::filesystem::path& path);
core::Result<std::unique_ptr<core::GraphStore>> openStoreForReading(const std::filesystem::path& path);

} // namespace newsgraph::cli
