// Which database the document shows, and importing into it.
#include "DatabaseSession.h"

#include "document/GraphDocument.h"
#include "document/Preferences.h"
#include "document/ResourceLocator.h"
#include "import/ImportReportDialog.h"
#include "import/ImportTask.h"

#include "store/GraphStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace newsgraph::ui {
namespace {

QString databaseFilter()
{
    return DatabaseSession::tr("NewsGraph databases (*.db *.sqlite);;All files (*)");
}

} // namespace

DatabaseSession::DatabaseSession(GraphDocument* document, QWidget* window)
    : QObject(window), document_(document), window_(window), importTask_(new ImportTask(this)),
      newAction_(new QAction(tr("&New Database…"), this)), openAction_(new QAction(tr("&Open Database…"), this)),
      importFilesAction_(new QAction(tr("&Import Files…"), this)),
      importFolderAction_(new QAction(tr("Import &Folder…"), this))
{
    newAction_->setShortcut(QKeySequence::New);
    openAction_->setShortcut(QKeySequence::Open);
    importFilesAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFilesAction_->setStatusTip(tr("Read articles (.txt, .md, .html) into the open database"));
    importFolderAction_->setStatusTip(tr("Read every article in a folder and its subfolders"));

    connect(newAction_, &QAction::triggered, this, &DatabaseSession::chooseNewDatabase);
    connect(openAction_, &QAction::triggered, this, &DatabaseSession::chooseDatabase);
    connect(importFilesAction_, &QAction::triggered, this, &DatabaseSession::chooseImportFiles);
    connect(importFolderAction_, &QAction::triggered, this, &DatabaseSession::chooseImportFolder);
    connect(importTask_, &ImportTask::finished, this, &DatabaseSession::finishImport);
    connect(importTask_, &ImportTask::started, this, &DatabaseSession::updateActions);
    connect(document_, &GraphDocument::databaseChanged, this, &DatabaseSession::updateActions);
    updateActions();
}

void DatabaseSession::start()
{
    const QString last = preferences::lastDatabase.value();
    if (!last.isEmpty() && QFileInfo::exists(last) && openDatabase(last))
        return;
    const QString path = defaultDatabasePath();
    const bool firstStart = !QFileInfo::exists(path);
    if (!openDatabase(path))
        return;
    const auto stats = document_->store()->stats();
    if (!firstStart && stats && stats->articles > 0)
        return;
    // A new (or never filled) default database: show something real at once.
    const QString corpus = sampleCorpusDirectory();
    if (corpus.isEmpty()) {
        emit statusMessage(tr("The sample corpus was not found; use File → Import to add articles."));
        return;
    }
    emit statusMessage(tr("First start: importing the sample articles…"));
    importPaths({corpus});
}

bool DatabaseSession::openDatabase(const QString& path)
{
    if (isImporting()) {
        emit statusMessage(tr("Wait for the import to finish (or cancel it) before switching databases."));
        return false;
    }
    const auto opened = document_->open(path);
    if (!opened) {
        showError(tr("Cannot open database"),
                  tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), QString::fromStdString(opened.error().message)));
        return false;
    }
    preferences::rememberDatabase(path);
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DatabaseSession::createDatabase(const QString& path)
{
    return openDatabase(path);
}

void DatabaseSession::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (!document_->isOpen()) {
        showError(tr("No database"), tr("Open or create a database before importing articles."));
        return;
    }
    if (isImporting()) {
        emit statusMessage(tr("An import is already running."));
        return;
    }
    importTask_->start(document_->databasePath(), paths, resourcesDirectory());
}

bool DatabaseSession::isImporting() const
{
    return importTask_->isRunning();
}

void DatabaseSession::finishImport(const ImportOutcome& outcome)
{
    updateActions();
    if (outcome.fatalError.isEmpty()) {
        const auto reloaded = document_->reload();
        if (!reloaded)
            showError(tr("Cannot read the database"), QString::fromStdString(reloaded.error().message));
    }
    emit statusMessage(ImportReportDialog::summary(outcome));
    if (ImportReportDialog::needsAttention(outcome)) {
        auto* dialog = new ImportReportDialog(outcome, window_);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    emit importFinished(outcome);
}

void DatabaseSession::chooseNewDatabase()
{
    const QString path = QFileDialog::getSaveFileName(window_, tr("New Database"), QString(), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !QFile::remove(path)) { // the dialog already asked about replacing it
        showError(tr("Cannot create database"), tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    createDatabase(path);
}

void DatabaseSession::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(window_, tr("Open Database"), QString(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void DatabaseSession::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        window_, tr("Import Articles"), preferences::lastImportFolder.value(),
        tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (files.isEmpty())
        return;
    preferences::lastImportFolder.setValue(QFileInfo(files.front()).absolutePath());
    importPaths(files);
}

void DatabaseSession::chooseImportFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(window_, tr("Import Folder"), preferences::lastImportFolder.value());
    if (folder.isEmpty())
        return;
    preferences::lastImportFolder.setValue(folder);
    importPaths({folder});
}

// Non-blocking, so a failure never stalls the event loop (or a test driving the window).
void DatabaseSession::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, window_);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DatabaseSession::updateActions()
{
    const bool importing = isImporting();
    newAction_->setEnabled(!importing);
    openAction_->setEnabled(!importing);
    importFilesAction_->setEnabled(document_->isOpen() && !importing);
    importFolderAction_->setEnabled(document_->isOpen() && !importing);
}

} // namespace newsgraph::ui
