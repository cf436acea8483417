// How ingest and bench print an IngestReport: one line per failed file, then a summary line.
#pragma once

#include "pipeline/IngestPipeline.h"

#include <ostream>

namespace newsgraph::cli {

// "newsgraph-cli: <path>: <reason>" on stderr for every failure.
void printFailures(const core::IngestReport& report);
// "5 files: 4 added, 0 replaced, 0 unchanged, 1 failed; 0.03 MB in 0.41 s (0.07 MB/s)"
void printSummary(const core::IngestReport& report, std::ostream& out);

} // namespace newsgraph::cli
