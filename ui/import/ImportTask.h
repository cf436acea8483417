// Ingests files and folders into a database on the thread pool, with progress and cancel.
#pragma once

#include "document/BackgroundJob.h"

#include "pipeline/IngestPipeline.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace newsgraph::ui {

struct ImportOutcome {
    core::IngestReport report;
    QString fatalError; // the database or the extractor could not be opened; nothing was read
};

// The worker opens its own connection to the database (SQLite connections stay on one thread)
// and its own Extractor, so the document keeps reading while files are ingested.
class ImportTask : public QObject
{
    Q_OBJECT

public:
    explicit ImportTask(QObject* parent = nullptr);
    ~ImportTask() override;

    // `resourcesDir` holds the lexicon and NER model the extractor loads.
    void start(const QString& databasePath, const QStringList& paths, const QString& resourcesDir);
    // Stops between two articles; what was ingested so far stays and finished() still follows.
    void cancel();
    bool isRunning() const;

signals:
    void started();
    void progressChanged(int done, int total, const QString& currentFile);
    void finished(const newsgraph::ui::ImportOutcome& outcome);

private:
    BackgroundJob<ImportOutcome> job_;
    int total_ = 0;
    bool running_ = false; // from start() until finished() is emitted
};

} // namespace newsgraph::ui
