// newsgraph-cli bench-gui: canvas and layout figures for the sample corpus (or a database) and a
// generated 20k-node / 60k-edge graph, rendered offscreen.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "ResourceLocator.h"
#include "StoreAccess.h"

#include "canvas/CanvasBenchmark.h"
#include "extract/Extractor.h"
#include "pipeline/IngestPipeline.h"

#include <unistd.h>

#include <iostream>

namespace newsgraph::cli {
namespace {

// The bundled sample corpus ingested into a throw-away database: what a first start shows.
core::Result<core::GraphData> sampleGraph(const std::filesystem::path& resources, const std::filesystem::path& dir)
{
    auto extractor = core::Extractor::create(resources);
    if (!extractor)
        return std::unexpected(extractor.error());
    auto store = openStoreForWriting(dir / "sample.db");
    if (!store)
        return std::unexpected(store.error());
    const core::IngestReport report = core::ingestPaths({resources / "corpus"}, **extractor, **store);
    if (!report.failures.empty())
        return core::fail(core::Error::Kind::InvalidInput, report.failures.front().path.string() + ": " +
                                                               report.failures.front().reason);
    return (*store)->loadGraph();
}

} // namespace

int runBenchGuiCommand(std::span<const std::string> args)
{
    ArgumentParser parser("bench-gui",
                          "Measures the explorer's canvas offscreen: time to first frame, frame render time\n"
                          "(whole graph and zoomed), force layout time to converge and peak memory, for the\n"
                          "sample corpus (or --db) and for a generated graph.",
                          "[--db FILE] [--nodes N] [--edges N] [--resources DIR]");
    parser.option("--db", "FILE", "benchmark this database instead of the bundled sample corpus")
        .option("--nodes", "N", "generated graph size (default 20000)")
        .option("--edges", "N", "generated graph relations (default 60000)")
        .option("--resources", "DIR", "lexicon, models and sample corpus folder");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto nodes = parsed->integer("--nodes", 20000, 1, 2'000'000);
    const auto edges = parsed->integer("--edges", 60000, 0, 20'000'000);
    for (const auto* value : {&nodes, &edges})
        if (!*value)
            return usageError(parser.command(), value->error().message);

    core::Result<core::GraphData> data = core::GraphData{};
    const std::filesystem::path scratch =
        std::filesystem::temp_directory_path() / ("newsgraph-bench-gui-" + std::to_string(getpid()));
    if (const auto db = parsed->value("--db")) {
        auto store = openStoreForReading(*db);
        if (!store)
            return reportError(store.error().message);
        data = (*store)->loadGraph();
    } else {
        const auto resources = locateResources(parsed->value("--resources"));
        if (!resources)
            return reportError(resources.error().message);
        std::filesystem::create_directories(scratch);
        data = sampleGraph(*resources, scratch);
    }
    std::error_code ec;
    if (!data) {
        std::filesystem::remove_all(scratch, ec);
        return reportError(data.error().message);
    }
    std::cout << (parsed->has("--db") ? "stored graph:\n" : "sample corpus:\n");
    ui::runCanvasBenchmark(*data, std::cout);
    std::filesystem::remove_all(scratch, ec);
    std::cout << "generated graph:\n";
    return ui::runCanvasBenchmark(std::cout, static_cast<int>(*nodes), static_cast<int>(*edges));
}

} // namespace newsgraph::cli
