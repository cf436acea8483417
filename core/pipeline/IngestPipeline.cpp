// scanCorpus -> read + extract (workers) -> GraphStore::ingest (this thread, file order, one
// transaction per article). A failing file is recorded and the next one goes on.
#include "pipeline/IngestPipeline.h"

#include "extract/Extractor.h"
#include "pipeline/ArticlePreparation.h"
#include "pipeline/ThreadCpuTime.h"
#include "store/GraphStore.h"
#include "text/CorpusScanner.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace newsgraph::core {
namespace {

// Module errors already name the file ("a/b.txt: not text ..."); the report keeps the path apart,
// so the prefix is dropped to avoid printing it twice.
std::string reasonWithoutPath(const std::filesystem::path& path, const std::string& message)
{
    for (const std::string& prefix : {path.string() + ": ", path.filename().string() + ": "}) {
        if (message.starts_with(prefix) && message.size() > prefix.size())
            return message.substr(prefix.size());
    }
    return message;
}

std::size_t workerCount(const IngestOptions& options, std::size_t files)
{
    if (options.workers)
        return std::min(*options.workers, files);
    if (files < 2)
        return 0;
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::min<std::size_t>({2, cores, files});
}

bool cancelled(const IngestOptions& options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

IngestReport ingestPaths(const std::vector<std::filesystem::path>& paths, const Extractor& extractor,
                         GraphStore& store, const IngestOptions& options)
{
    const auto start = std::chrono::steady_clock::now();
    IngestReport report;
    const ScanResult scan = scanCorpus(paths);
    for (const auto& problem : scan.problems)
        report.failures.push_back({problem.path, reasonWithoutPath(problem.path, problem.message)});

    const std::vector<std::filesystem::path>& files = scan.files;
    report.workers = workerCount(options, files.size());
    store.setExtractorVersion(std::string(extractorVersion));
    if (options.bulk)
        if (auto bulk = store.beginBulkIngest(); !bulk)
            report.failures.push_back({store.path(), bulk.error().message});
    {
        ArticlePreparation preparation(files, extractor, report.workers);
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (cancelled(options)) {
                report.cancelled = true;
                break;
            }
            PreparedArticle prepared = preparation.take(i);
            report.readSeconds += prepared.readSeconds;
            report.extractSeconds += prepared.extractSeconds;
            if (!prepared.article) {
                report.failures.push_back({files[i], reasonWithoutPath(files[i], prepared.article.error().message)});
            } else {
                const double storeStart = threadCpuSeconds();
                const Result<IngestStatus> status = store.ingest(*prepared.article, prepared.extraction);
                report.storeSeconds += threadCpuSeconds() - storeStart;
                if (!status) {
                    report.failures.push_back({files[i], reasonWithoutPath(files[i], status.error().message)});
                    if (status.error().kind == Error::Kind::Busy || status.error().kind == Error::Kind::ReadOnly) {
                        report.stoppedBecause = status.error().message;
                        report.notAttempted = files.size() - i - 1;
                        if (options.onProgress)
                            options.onProgress(IngestProgress{i + 1, files.size(), files[i]});
                        break;
                    }
                } else {
                    report.bytes += prepared.bytes;
                    switch (*status) {
                    case IngestStatus::Added: ++report.added; break;
                    case IngestStatus::Replaced: ++report.replaced; break;
                    case IngestStatus::Unchanged: ++report.unchanged; break;
                    }
                }
            }
            if (options.onProgress)
                options.onProgress(IngestProgress{i + 1, files.size(), files[i]});
        }
    } // joins the workers before the report is final
    if (options.bulk) {
        // The last commit and the search indexes' last batch are store work too.
        const double storeStart = threadCpuSeconds();
        if (auto committed = store.endBulkIngest(); !committed)
            report.failures.push_back({store.path(), committed.error().message});
        report.storeSeconds += threadCpuSeconds() - storeStart;
    }
    report.totalSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace newsgraph::core
