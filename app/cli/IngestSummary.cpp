// MB here are 10^6 bytes, the unit of the throughput target.
#include "IngestSummary.h"

#include "CliOutput.h"

#include <cstdio>
#include <iostream>

namespace newsgraph::cli {

void printFailures(const core::IngestReport& report)
{
    for (const auto& failure : report.failures)
        reportError(failure.path.string() + ": " + failure.reason);
    if (!report.stoppedBecause.empty())
        reportError("stopped, " + std::to_string(report.notAttempted) + " files not attempted: " + report.stoppedBecause);
}

void printSummary(const core::IngestReport& report, std::ostream& out)
{
    const std::size_t stored = report.added + report.replaced + report.unchanged;
    const double megabytes = static_cast<double>(report.bytes) / 1e6;
    char line[256];
    std::snprintf(line, sizeof line, "%zu files: %zu added, %zu replaced, %zu unchanged, %zu failed; %.2f MB in %.2f s",
                  stored + report.failures.size(), report.added, report.replaced, report.unchanged,
                  report.failures.size(), megabytes, report.totalSeconds);
    out << line;
    if (report.totalSeconds > 0 && report.bytes > 0) {
        std::snprintf(line, sizeof line, " (%.2f MB/s)", megabytes / report.totalSeconds);
        out << line;
    }
    out << '\n';
}

} // namespace newsgraph::cli
