// ingestPaths with the real reader and store and a fake extractor: counts, failures, reruns, cancel, order.
#include "FakeExtractor.h"

#include "io/JsonExporter.h"
#include "pipeline/IngestPipeline.h"
#include "store/GraphStore.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace newsgraph::core;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t goodFiles = 3;

// A fresh folder with the fixture articles and, optionally, a binary file disguised as .txt.
struct Workspace {
    fs::path root;
    fs::path corpus;
    explicit Workspace(const std::string& name, bool withBadFile)
    {
        root = fs::temp_directory_path() / ("newsgraph-pipeline-" + name + "-" + std::to_string(getpid()));
        fs::remove_all(root);
        corpus = root / "corpus";
        fs::create_directories(corpus);
        for (const auto& entry : fs::directory_iterator(PIPELINE_FIXTURES_DIR))
            fs::copy_file(entry.path(), corpus / entry.path().filename());
        if (withBadFile) {
            std::ofstream bad(corpus / "002b_binary.txt", std::ios::binary);
            const char bytes[] = {'\x7f', 'E', 'L', 'F', '\0', '\0', '\x01', '\x02', '\0', '\xff'};
            for (int i = 0; i < 64; ++i)
                bad.write(bytes, sizeof bytes);
        }
    }
    ~Workspace() { fs::remove_all(root); }
    std::unique_ptr<GraphStore> openStore(const std::string& name = "test.db") const
    {
        auto store = GraphStore::open(root / name);
        REQUIRE(store.has_value());
        return std::move(*store);
    }
};

std::string exportJson(const GraphStore& store)
{
    auto graph = store.loadGraph();
    REQUIRE(graph.has_value());
    std::ostringstream out;
    JsonExporter().write(*graph, out);
    return out.str();
}

} // namespace

TEST_CASE("all good files are added, a second run leaves them unchanged", "[pipeline]")
{
    const Workspace workspace("rerun", false);
    auto store = workspace.openStore();
    const testing::FakeExtractor extractor;

    const IngestReport first = ingestPaths({workspace.corpus}, extractor, *store);
    CHECK(first.failures.empty());
    CHECK(first.added == goodFiles);
    CHECK(first.unchanged == 0);
    CHECK(first.bytes > 0);
    CHECK_FALSE(first.cancelled);

    const IngestReport second = ingestPaths({workspace.corpus}, extractor, *store);
    CHECK(second.failures.empty());
    CHECK(second.added == 0);
    CHECK(second.replaced == 0);
    CHECK(second.unchanged == goodFiles);

    auto stats = store->stats();
    REQUIRE(stats.has_value());
    CHECK(stats->articles == goodFiles);
}

TEST_CASE("a bad file among good ones is reported and the rest is stored", "[pipeline]")
{
    const Workspace workspace("badfile", true);
    auto store = workspace.openStore();
    const testing::FakeExtractor extractor;
    const IngestReport report = ingestPaths({workspace.corpus}, extractor, *store);
    REQUIRE(report.failures.size() == 1);
    CHECK(report.failures[0].path.filename() == "002b_binary.txt");
    CHECK_FALSE(report.failures[0].reason.empty());
    CHECK(report.added == goodFiles);
    auto stats = store->stats();
    REQUIRE(stats.has_value());
    CHECK(stats->articles == goodFiles);
}

TEST_CASE("a missing path and a throwing extractor become failures, not crashes", "[pipeline]")
{
    const Workspace workspace("throwing", false);
    auto store = workspace.openStore();
    const testing::FakeExtractor extractor("002_nuri");
    const IngestReport report = ingestPaths({workspace.corpus, workspace.root / "no-such-folder"}, extractor, *store);
    REQUIRE(report.failures.size() == 2);
    bool sawThrow = false, sawMissing = false;
    for (const auto& failure : report.failures) {
        sawThrow |= failure.path.filename() == "002_nuri.txt" && failure.reason.find("fake extractor") != std::string::npos;
        sawMissing |= failure.path.filename() == "no-such-folder";
    }
    CHECK(sawThrow);
    CHECK(sawMissing);
    CHECK(report.added == goodFiles - 1);
}

TEST_CASE("the cancel flag is honoured between articles", "[pipeline]")
{
    const Workspace workspace("cancel", false);
    const testing::FakeExtractor extractor;

    SECTION("set before the start: nothing is stored")
    {
        auto store = workspace.openStore();
        std::atomic_bool cancel{true};
        IngestOptions options;
        options.cancel = &cancel;
        const IngestReport report = ingestPaths({workspace.corpus}, extractor, *store, options);
        CHECK(report.cancelled);
        CHECK(report.added == 0);
        CHECK(store->stats()->articles == 0);
    }
    SECTION("set after the first article: exactly one is stored, with or without workers")
    {
        for (std::size_t workers : {0u, 2u}) {
            auto store = workspace.openStore("cancel-" + std::to_string(workers) + ".db");
            std::atomic_bool cancel{false};
            IngestOptions options;
            options.cancel = &cancel;
            options.workers = workers;
            options.onProgress = [&](const IngestProgress&) { cancel = true; };
            const IngestReport report = ingestPaths({workspace.corpus}, extractor, *store, options);
            CHECK(report.cancelled);
            CHECK(report.added == 1);
            CHECK(store->stats()->articles == 1);
        }
    }
}

TEST_CASE("progress is reported once per file, in file order", "[pipeline]")
{
    const Workspace workspace("progress", true);
    auto store = workspace.openStore();
    const testing::FakeExtractor extractor;
    std::vector<IngestProgress> seen;
    IngestOptions options;
    options.onProgress = [&](const IngestProgress& progress) { seen.push_back(progress); };
    ingestPaths({workspace.corpus}, extractor, *store, options);
    REQUIRE(seen.size() == goodFiles + 1);
    for (std::size_t i = 0; i < seen.size(); ++i) {
        CHECK(seen[i].done == i + 1);
        CHECK(seen[i].total == goodFiles + 1);
    }
    CHECK(seen[0].current.filename() == "001_hanbit.txt");
    CHECK(seen[2].current.filename() == "002b_binary.txt");
}

TEST_CASE("worker threads do not change what is stored", "[pipeline]")
{
    const Workspace workspace("workers", true);
    const testing::FakeExtractor extractor;
    std::vector<std::string> exports;
    for (std::size_t workers : {0u, 1u, 2u}) {
        auto store = workspace.openStore("workers-" + std::to_string(workers) + ".db");
        IngestOptions options;
        options.workers = workers;
        const IngestReport report = ingestPaths({workspace.corpus}, extractor, *store, options);
        CHECK(report.workers == workers);
        CHECK(report.added == goodFiles);
        exports.push_back(exportJson(*store));
    }
    CHECK(exports[0] == exports[1]);
    CHECK(exports[0] == exports[2]);
}

TEST_CASE("a locked database stops the run after the first refused write", "[pipeline]")
{
    const Workspace workspace("locked", false);
    const testing::FakeExtractor extractor;
    auto store = workspace.openStore("locked.db");
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open((workspace.root / "locked.db").c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    IngestOptions options;
    options.workers = 0;
    const IngestReport report = ingestPaths({workspace.corpus}, extractor, *store, options);
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    CHECK_FALSE(report.stoppedBecause.empty());
    CHECK(report.failures.size() == 1);
    CHECK(report.notAttempted == goodFiles - 1);
    CHECK(report.added == 0);
}

TEST_CASE("an English article's header date becomes its publication date", "[pipeline]")
{
    const fs::path root = fs::temp_directory_path() / ("newsgraph-pipeline-english-" + std::to_string(getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    {
        std::ofstream article(root / "english.txt");
        article << "Harbor Analytics raises $20 million\n\nBy Jane Doe\nJune 11, 2024\n\n"
                   "Harbor Analytics, a data start-up, said on Tuesday it had raised $20 million.\n";
    }
    auto store = GraphStore::open(root / "test.db");
    REQUIRE(store.has_value());
    const testing::FakeExtractor extractor;
    const IngestReport report = ingestPaths({root / "english.txt"}, extractor, **store);
    CHECK(report.added == 1);
    auto graph = (*store)->loadGraph();
    REQUIRE(graph.has_value());
    REQUIRE(graph->articles.size() == 1);
    CHECK(graph->articles.front().publishedDate.starts_with("2024-06-11"));
    store->reset();
    fs::remove_all(root);
}
