// newsgraph-cli bench: generate N synthetic articles, ingest them end to end into a fresh database,
// and report throughput per wall-clock second and per CPU second, stage times and peak memory.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "IngestSummary.h"
#include "ResourceLocator.h"
#include "StoreAccess.h"
#include "bench/SyntheticCorpus.h"

#include "extract/Extractor.h"
#include "extract/ner/NerBenchmark.h"
#include "pipeline/IngestPipeline.h"
#include "pipeline/ThreadCpuTime.h"
#include "store/StoreFloor.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace newsgraph::cli {
namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void printLine(const char* format, auto... values)
{
    char line[256];
    std::snprintf(line, sizeof line, format, values...);
    std::cout << line << '\n';
}

// A database file and the journal files SQLite keeps beside it.
void removeDatabaseFiles(const std::filesystem::path& database)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(database.string() + suffix, ec);
}

struct FloorSeconds {
    double rows = 0, indexes = 0;
};

// Replays the rows just stored into a scratch database (see store/StoreFloor.h), timing the copy
// and the index build; the scratch database is closed when this returns.
core::Result<FloorSeconds> measureStoreFloor(const std::filesystem::path& database, const std::filesystem::path& scratch)
{
    auto floor = core::store::StoreFloor::open(database, scratch);
    if (!floor)
        return std::unexpected(floor.error());
    FloorSeconds seconds;
    double before = core::threadCpuSeconds();
    if (auto copied = floor->copyRows(); !copied)
        return std::unexpected(copied.error());
    seconds.rows = core::threadCpuSeconds() - before;
    before = core::threadCpuSeconds();
    if (auto indexed = floor->buildIndexes(); !indexed)
        return std::unexpected(indexed.error());
    seconds.indexes = core::threadCpuSeconds() - before;
    return seconds;
}

// How far the store stage is above what SQLite itself needs for the same rows.
void printStoreFloor(const std::filesystem::path& database, double megabytes, double storeSeconds)
{
    const std::filesystem::path scratch = database.string() + ".floor";
    removeDatabaseFiles(scratch);
    const auto floor = measureStoreFloor(database, scratch);
    removeDatabaseFiles(scratch);
    if (!floor) {
        printLine("sqlite floor: not measured (%s)", floor.error().message.c_str());
        return;
    }
    const double total = floor->rows + floor->indexes;
    printLine("sqlite floor: %.2f CPU s (rows %.2f + indexes %.2f) to write the same rows with INSERT ... SELECT,",
              total, floor->rows, floor->indexes);
    printLine("              %.1f MB per CPU second; the store stage takes %.2fx that", megabytes / total,
              storeSeconds / total);
}

} // namespace

int runBenchCommand(std::span<const std::string> args)
{
    ArgumentParser parser("bench",
                          "Generates a deterministic corpus of Korean news-style articles, ingests it into a fresh\n"
                          "database (read, extract, SQLite writes) and reports MB/s, articles/s and peak memory.",
                          "[--articles N] [--keep DIR] [--jobs N] [--resources DIR] [--no-floor]");
    parser.option("--articles", "N", "number of articles (default 10000)")
        .option("--keep", "DIR", "generate into DIR and keep the corpus and bench.db there")
        .option("--jobs", "N", "reader/extractor threads (default: automatic; 0 = none)")
        .option("--seed", "S", "generator seed (default 1)")
        .option("--resources", "DIR", "lexicon and models folder")
        .flag("--no-floor", "skip replaying the stored rows into a scratch database (the SQLite floor)");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto articles = parsed->integer("--articles", 10000, 1, 10'000'000);
    const auto jobs = parsed->integer("--jobs", -1, 0, 64);
    const auto seed = parsed->integer("--seed", 1, 0, 1'000'000'000);
    for (const auto* value : {&articles, &jobs, &seed})
        if (!*value)
            return usageError(parser.command(), value->error().message);

    const auto resources = locateResources(parsed->value("--resources"));
    if (!resources)
        return reportError(resources.error().message);
    const bool keep = parsed->has("--keep");
    const std::filesystem::path root = keep ? std::filesystem::path(*parsed->value("--keep"))
                                            : std::filesystem::temp_directory_path()
                                                  / ("newsgraph-bench-" + std::to_string(getpid()));
    const std::filesystem::path corpus = root / "corpus";
    const std::filesystem::path database = root / "bench.db";
    std::error_code ec;
    std::filesystem::remove_all(corpus, ec);
    removeDatabaseFiles(database);

    auto start = std::chrono::steady_clock::now();
    const auto generated = writeSyntheticCorpus(corpus, static_cast<std::size_t>(*articles),
                                                static_cast<std::uint64_t>(*seed));
    if (!generated)
        return reportError(generated.error().message);
    printLine("generated %zu articles, %.2f MB in %.2f s (%s)", generated->files, generated->bytes / 1e6,
              secondsSince(start), corpus.c_str());

    start = std::chrono::steady_clock::now();
    auto extractor = core::Extractor::create(*resources);
    if (!extractor)
        return reportError(extractor.error().message);
    printLine("loaded resources in %.2f s (%s)", secondsSince(start), resources->c_str());
    auto store = openStoreForWriting(database);
    if (!store)
        return reportError(store.error().message);

    core::IngestOptions options;
    options.bulk = true;
    if (*jobs >= 0)
        options.workers = static_cast<std::size_t>(*jobs);
    const std::size_t step = std::max<std::size_t>(1, generated->files / 10);
    options.onProgress = [step](const core::IngestProgress& progress) {
        if (progress.done % step == 0 || progress.done == progress.total)
            std::cerr << '[' << progress.done << '/' << progress.total << "]\n";
    };
    const double cpuBefore = cpuSeconds();
    const core::IngestReport report = core::ingestPaths({corpus}, **extractor, **store, options);
    const double cpu = cpuSeconds() - cpuBefore;
    store->reset(); // close the database before measuring its size and cleaning up

    printFailures(report);
    printSummary(report, std::cout);
    const double megabytes = report.bytes / 1e6;
    const std::size_t stored = report.added + report.replaced + report.unchanged;
    printLine("throughput: %.2f MB/s, %.0f articles/s (wall clock, %zu worker threads + store thread)",
              megabytes / report.totalSeconds, stored / report.totalSeconds, report.workers);
    printLine("per core:   %.2f MB per CPU second (%.2f CPU s; target >= 5)", cpu > 0 ? megabytes / cpu : 0.0, cpu);
    const auto rate = [&](double seconds) { return seconds > 0 ? megabytes / seconds : 0.0; };
    printLine("stages:     read %.2f, extract %.2f, store %.2f CPU s (thread CPU time, summed over threads)",
              report.readSeconds, report.extractSeconds, report.storeSeconds);
    printLine("per stage:  read %.1f, extract %.1f, store %.1f MB per CPU second", rate(report.readSeconds),
              rate(report.extractSeconds), rate(report.storeSeconds));
    printLine("database:   %.2f MB", std::filesystem::file_size(database, ec) / 1e6);
    printLine("peak memory: %.1f MB (ru_maxrss)", peakMemoryMb());
    if (!parsed->has("--no-floor"))
        printStoreFloor(database, megabytes, report.storeSeconds);

    // The NER model on its own: how long loading takes and how fast it tags (the extractor runs it
    // only on each article's lead sentences, so its share of the extract stage is smaller).
    const std::filesystem::path nerModel = *resources / "models" / "ner-ko.bin";
    if (std::filesystem::exists(nerModel, ec)) {
        if (const auto ner = core::benchmarkNer(nerModel, {}, 2 * 1024 * 1024)) {
            printLine("ner model:  loaded in %.0f ms (%.0f ms CPU); tagging %.2f MB per CPU second (%.2f MB, %zu spans)",
                      ner->loadMilliseconds, ner->loadCpuMilliseconds, ner->megabytesPerSecond,
                      ner->bytesTagged / (1024.0 * 1024.0), ner->spansFound);
        } else {
            printLine("ner model:  %s", ner.error().message.c_str());
        }
    } else {
        printLine("ner model:  none (%s not found): rules only", nerModel.c_str());
    }

    if (!keep)
        std::filesystem::remove_all(root, ec);
    return report.failures.empty() ? exitOk : exitFailure;
}

} // namespace newsgraph::cli
