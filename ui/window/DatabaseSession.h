// Which database the document shows: first start with the sample corpus, new/open/recent, importing files.
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace newsgraph::ui {

class GraphDocument;
class ImportTask;
struct ImportOutcome;

// The File menu's behaviour, apart from the window: it owns the import task and its actions, and
// talks to the user through non-blocking dialogs parented to `window`.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    DatabaseSession(GraphDocument* document, QWidget* window);

    // Opens the last database, or creates the default one and imports the bundled sample corpus.
    void start();
    bool openDatabase(const QString& path);
    // Creates (or opens) `path` as an empty database and shows it.
    bool createDatabase(const QString& path);
    // Ingests files and folders into the open database in the background.
    void importPaths(const QStringList& paths);

    ImportTask* importTask() const { return importTask_; }
    bool isImporting() const;

    QAction* newDatabaseAction() const { return newAction_; }
    QAction* openDatabaseAction() const { return openAction_; }
    QAction* importFilesAction() const { return importFilesAction_; }
    QAction* importFolderAction() const { return importFolderAction_; }

signals:
    void statusMessage(const QString& text);
    void importFinished(const newsgraph::ui::ImportOutcome& outcome);

private:
    void chooseNewDatabase();
    void chooseDatabase();
    void chooseImportFiles();
    void chooseImportFolder();
    void finishImport(const ImportOutcome& outcome);
    void showError(const QString& title, const QString& text);
    void updateActions();

    GraphDocument* document_;
    QWidget* window_;
    ImportTask* importTask_;
    QAction* newAction_;
    QAction* openAction_;
    QAction* importFilesAction_;
    QAction* importFolderAction_;
};

} // namespace newsgraph::ui
