// Measures how long a model file takes to load and how fast it tags, for `newsgraph-cli bench`.
#pragma once

#include "model/Error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace newsgraph::core {

struct NerBenchmark {
    double loadMilliseconds = 0;
    std::size_t bytesTagged = 0;
    double taggingSeconds = 0;        // wall clock
    double taggingCpuSeconds = 0;     // this thread's CPU time: the honest figure on a busy machine
    double megabytesPerSecond = 0;    // per core: bytes / CPU time
    double loadCpuMilliseconds = 0;
    std::size_t spansFound = 0;
};

// Tags the sentences (repeated until at least minBytes were tagged); built-in sample sentences when empty.
Result<NerBenchmark> benchmarkNer(const std::filesystem::path& modelFile, std::vector<std::string> sentences = {},
                                  std::size_t minBytes = 4 * 1024 * 1024);

} // namespace newsgraph::core
