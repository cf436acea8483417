// Reads, extracts and stores articles, one transaction per article, with progress and cancel.
#pragma once

#include "model/Error.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace newsgraph::core {

class Extractor;
class GraphStore;

struct IngestProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::filesystem::path current;
};

struct IngestFailure {
    std::filesystem::path path;
    std::string reason;
};

struct IngestReport {
    std::size_t added = 0;     // new articles
    std::size_t replaced = 0;  // changed articles whose evidence was replaced
    std::size_t unchanged = 0; // same content hash, nothing written
    std::size_t bytes = 0;
    std::vector<IngestFailure> failures;
    bool cancelled = false;
};

struct IngestOptions {
    std::function<void(const IngestProgress&)> onProgress; // called from the ingesting thread
    const std::atomic_bool* cancel = nullptr;               // checked between articles
};

IngestReport ingestPaths(const std::vector<std::filesystem::path>& paths, const Extractor& extractor,
                         GraphStore& store, const IngestOptions& options = {});

} // namespace newsgraph::core
