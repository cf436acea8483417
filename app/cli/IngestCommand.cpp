// newsgraph-cli ingest: files and folders -> database, with progress, failures and a summary.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "IngestSummary.h"
#include "ResourceLocator.h"
#include "StoreAccess.h"

#include "extract/Extractor.h"
#include "pipeline/IngestPipeline.h"

#include <atomic>
#include <csignal>
#include <iostream>

namespace newsgraph::cli {
namespace {

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

ArgumentParser makeParser()
{
    ArgumentParser parser("ingest", "Reads articles (.txt, .md, .html; folders recursively), extracts entities and\n"
                                    "relations and stores them. Unchanged articles are skipped; changed ones replaced.",
                          "--db FILE [options] PATH...");
    parser.option("--db", "FILE", "database file (created when missing)", true)
        .option("--resources", "DIR", "lexicon and models folder (default: $NEWSGRAPH_RESOURCES or built-in)")
        .option("--jobs", "N", "reader/extractor threads (default: automatic, up to 2; 0 = none)")
        .flag("--quiet", "no per-file progress lines")
        .positionals("PATH...", 1, static_cast<std::size_t>(-1), "article files or folders")
        .epilog("Exit status: 0 when every file was stored, 1 when any file failed, 2 on usage errors.\n"
                "Ctrl-C stops after the current article; stored articles stay stored.");
    return parser;
}

} // namespace

int runIngestCommand(std::span<const std::string> args)
{
    const ArgumentParser parser = makeParser();
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto jobs = parsed->integer("--jobs", -1, 0, 64);
    if (!jobs)
        return usageError(parser.command(), jobs.error().message);

    const auto resources = locateResources(parsed->value("--resources"));
    if (!resources)
        return reportError(resources.error().message);
    auto store = openStoreForWriting(*parsed->value("--db"));
    if (!store)
        return reportError(store.error().message);
    auto extractor = core::Extractor::create(*resources);
    if (!extractor)
        return reportError(extractor.error().message);

    std::vector<std::filesystem::path> paths(parsed->positionals().begin(), parsed->positionals().end());
    core::IngestOptions options;
    options.bulk = true; // a command-line batch: nobody else writes meanwhile
    if (*jobs >= 0)
        options.workers = static_cast<std::size_t>(*jobs);
    options.cancel = &interrupted;
    if (!parsed->has("--quiet"))
        options.onProgress = [](const core::IngestProgress& progress) {
            std::cerr << '[' << progress.done << '/' << progress.total << "] " << progress.current.string() << '\n';
        };
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const core::IngestReport report = core::ingestPaths(paths, **extractor, **store, options);
    std::signal(SIGINT, previousHandler);

    printFailures(report);
    printSummary(report, std::cout);
    if (report.cancelled)
        return reportError("interrupted; articles stored so far are kept");
    return report.failures.empty() ? exitOk : exitFailure;
}

} // namespace newsgraph::cli
