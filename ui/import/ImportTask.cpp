// Ingests files and folders into a database on the thread pool.
#include "ImportTask.h"

#include "extract/Extractor.h"
#include "store/GraphStore.h"

#include <QFileInfo>

#include <filesystem>
#include <vector>

namespace newsgraph::ui {
namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

ImportOutcome runImport(const std::filesystem::path& database, const std::vector<std::filesystem::path>& paths,
                        const std::filesystem::path& resources, const CancelFlag& cancel,
                        QPromise<ImportOutcome>& promise)
{
    ImportOutcome outcome;
    auto extractor = core::Extractor::create(resources);
    if (!extractor) {
        outcome.fatalError = QString::fromStdString(extractor.error().message);
        return outcome;
    }
    auto store = core::GraphStore::open(database);
    if (!store) {
        outcome.fatalError = QString::fromStdString(store.error().message);
        return outcome;
    }
    core::IngestOptions options;
    options.cancel = cancel.get();
    options.onProgress = [&promise](const core::IngestProgress& progress) {
        promise.setProgressRange(0, static_cast<int>(progress.total));
        promise.setProgressValueAndText(static_cast<int>(progress.done),
                                        QString::fromStdU16String(progress.current.filename().u16string()));
    };
    outcome.report = core::ingestPaths(paths, **extractor, **store, options);
    return outcome;
}

} // namespace

ImportTask::ImportTask(QObject* parent) : QObject(parent), job_(this)
{
}

ImportTask::~ImportTask() = default;

void ImportTask::start(const QString& databasePath, const QStringList& paths, const QString& resourcesDir)
{
    std::vector<std::filesystem::path> files;
    for (const QString& path : paths)
        files.push_back(toPath(path));
    total_ = 0;
    running_ = true;
    job_.start(
        [database = toPath(databasePath), files, resources = toPath(resourcesDir)](
            const CancelFlag& cancel, QPromise<ImportOutcome>& promise) {
            promise.addResult(runImport(database, files, resources, cancel, promise));
        },
        [this](ImportOutcome outcome) {
            running_ = false;
            emit finished(outcome);
        });
    auto* watcher = job_.watcher();
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this](int, int maximum) { total_ = maximum; });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        emit progressChanged(value, total_, watcher->progressText());
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString& text) {
        emit progressChanged(watcher->progressValue(), total_, text);
    });
    emit started();
}

void ImportTask::cancel()
{
    job_.requestStop();
}

bool ImportTask::isRunning() const
{
    return running_;
}

} // namespace newsgraph::ui
