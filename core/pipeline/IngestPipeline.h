// Reads, extracts and stores articles, one transaction per article, with progress and cancel.
#pragma once

#include "model/Error.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
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
    // Set when the store refused writes for a reason no later file can avoid (database locked or
    // read-only): the failing file is in `failures` and the remaining files were not attempted.
    std::string stoppedBecause;
    std::size_t notAttempted = 0;
    // CPU seconds per stage (thread CPU time, so a busy machine does not inflate them); read and
    // extract are summed over worker threads. totalSeconds is wall-clock time.
    double readSeconds = 0, extractSeconds = 0, storeSeconds = 0, totalSeconds = 0;
    std::size_t workers = 0; // preparation threads used (0 = everything on the calling thread)
};

struct IngestOptions {
    std::function<void(const IngestProgress&)> onProgress; // called from the ingesting thread
    const std::atomic_bool* cancel = nullptr;               // checked between articles
    // Threads that read and extract ahead while the calling thread writes to the store in file
    // order (so results do not depend on timing). Unset = automatic (up to 2); 0 = none, all work
    // on the calling thread.
    std::optional<std::size_t> workers;
    // Commit every few hundred articles instead of after each one (each article still rolls back
    // alone on failure). Faster, but holds the write lock for the whole run: for batch tools.
    bool bulk = false;
};

IngestReport ingestPaths(const std::vector<std::filesystem::path>& paths, const Extractor& extractor,
                         GraphStore& store, const IngestOptions& options = {});

} // namespace newsgraph::core
