// newsgraph-cli bench-gui: canvas and layout figures for the sample corpus (or a database) and a
// generated 20k-node / 60k-edge graph, rendered offscreen.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ResourceLocator.h"
#include "StoreAccess.h"

#include "canvas/CanvasBenchmark.h"
#include "canvas/SyntheticGraph.h"
#include "canvas/SyntheticStore.h"
#include "extract/Extractor.h"
#include "pipeline/IngestPipeline.h"

#include <unistd.h>

#include <iostream>

namespace newsgraph::cli {
namespace {

// The bundled sample corpus ingested into a throw-away database: what a first start shows.
core::Result<void> writeSampleDatabase(const std::filesystem::path& resources, const std::filesystem::path& database)
{
    auto extractor = core::Extractor::create(resources);
    if (!extractor)
        return std::unexpected(extractor.error());
    auto store = openStoreForWriting(database);
    if (!store)
        return std::unexpected(store.error());
    const core::IngestReport report = core::ingestPaths({resources / "corpus"}, **extractor, **store);
    if (!report.failures.empty())
        return core::fail(core::Error::Kind::InvalidInput, report.failures.front().path.string() + ": " +
                                                               report.failures.front().reason);
    return {};
}

// The benchmark saves node positions into the database it measures, so a user's file is copied first.
core::Result<void> copyDatabase(const std::filesystem::path& from, const std::filesystem::path& to)
{
    std::error_code ec;
    std::filesystem::copy_file(from, to, ec);
    if (ec)
        return core::fail(core::Error::Kind::Io, from.string() + ": cannot copy for the benchmark: " + ec.message());
    for (const char* suffix : {"-wal", "-shm"}) // a database left open elsewhere keeps recent pages in its WAL
        if (std::filesystem::exists(from.string() + suffix))
            std::filesystem::copy_file(from.string() + suffix, to.string() + suffix, ec);
    return {};
}

} // namespace

int runBenchGuiCommand(std::span<const std::string> args)
{
    ArgumentParser parser("bench-gui",
                          "Measures the explorer's canvas offscreen: time to first frame, frame render time\n"
                          "(whole graph and zoomed), filter update time (document filter, canvas sync, one\n"
                          "frame), force layout time to converge and peak memory, for the sample corpus (or\n"
                          "a copy of --db) and for a generated graph.",
                          "[--db FILE] [--nodes N] [--edges N] [--frames N] [--resources DIR]");
    parser.option("--db", "FILE", "benchmark this database instead of the bundled sample corpus")
        .option("--nodes", "N", "generated graph size (default 20000)")
        .option("--edges", "N", "generated graph relations (default 60000)")
        .option("--frames", "N", "frames averaged per frame-time line (default 20)")
        .option("--resources", "DIR", "lexicon, models and sample corpus folder");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto nodes = parsed->integer("--nodes", 20000, 1, 2'000'000);
    const auto edges = parsed->integer("--edges", 60000, 0, 20'000'000);
    const auto frames = parsed->integer("--frames", 20, 1, 100'000);
    for (const auto* value : {&nodes, &edges, &frames})
        if (!*value)
            return usageError(parser.command(), value->error().message);

    const std::filesystem::path scratch =
        std::filesystem::temp_directory_path() / ("newsgraph-bench-gui-" + std::to_string(getpid()));
    std::filesystem::create_directories(scratch);
    const auto finish = [&](int status) {
        std::error_code ec;
        std::filesystem::remove_all(scratch, ec);
        return status;
    };
    core::Result<void> written;
    if (const auto db = parsed->value("--db")) {
        written = copyDatabase(*db, scratch / "measured.db");
    } else {
        const auto resources = locateResources(parsed->value("--resources"));
        if (!resources)
            return finish(reportError(resources.error().message));
        written = writeSampleDatabase(*resources, scratch / "measured.db");
    }
    if (!written)
        return finish(reportError(written.error().message));
    std::cout << (parsed->has("--db") ? "stored graph:\n" : "sample corpus:\n");
    ui::runCanvasBenchmark(scratch / "measured.db", std::cout, static_cast<int>(*frames));

    // The generated graph goes through a database too, so that filter updates run the window's path.
    written = ui::writeGraphToStore(ui::makeSyntheticGraphData(static_cast<int>(*nodes), static_cast<int>(*edges), 1),
                                    scratch / "generated.db");
    if (!written)
        return finish(reportError(written.error().message));
    std::cout << "generated graph:\n";
    ui::runCanvasBenchmark(scratch / "generated.db", std::cout, static_cast<int>(*frames));
    return finish(0);
}

} // namespace newsgraph::cli
