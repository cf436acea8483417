// The main window: wiring only.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "CanvasSync.h"
#include "DatabaseSession.h"
#include "GraphCountsLabel.h"
#include "GraphToolBar.h"
#include "RecentDatabasesMenu.h"

#include "canvas/GraphCanvas.h"
#include "curation/ReviewTools.h"
#include "document/GraphDocument.h"
#include "document/Preferences.h"
#include "import/ImportProgressBar.h"
#include "import/ImportTask.h"
#include "panels/ArticleViewer.h"
#include "panels/FilterPanel.h"
#include "panels/InspectorPanel.h"
#include "panels/SearchField.h"
#include "paths/InvestigationWorkbench.h"
#include "render/ExportDialog.h"
#include "render/SourceArticles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

namespace newsgraph::ui {
namespace {

QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new GraphDocument(this)), canvas_(new GraphCanvas(this)),
      sync_(new CanvasSync(document_, canvas_, this)), search_(new SearchField(document_, this)),
      toolBar_(new GraphToolBar(canvas_, sync_, search_, this)), filterPanel_(new FilterPanel(document_, this)),
      inspector_(new InspectorPanel(document_, this)), articleViewer_(new ArticleViewer(document_, this)),
      session_(new DatabaseSession(document_, this)), counts_(new GraphCountsLabel(document_, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    canvas_->setObjectName(QStringLiteral("graphCanvas"));
    setCentralWidget(canvas_);
    addToolBar(toolBar_);
    createDocks();
    createMenus();
    createStatusBar();
    new InvestigationWorkbench(this); // paths, neighbourhoods, money, time, compare (docks, toolbar, menus)

    connect(inspector_, &InspectorPanel::evidenceActivated, articleViewer_, &ArticleViewer::showSentence);
    connect(toolBar_->exportAction(), &QAction::triggered, this, &MainWindow::showExportDialog);
    connect(document_, &GraphDocument::databaseChanged, this, &MainWindow::updateTitle);
    resize(1400, 900);
    restoreLayout();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    session_->start();
}

void MainWindow::showExportDialog()
{
    QSet<core::EntityId> shown;
    for (const auto& entity : document_->filteredGraph().entities)
        shown.insert(entity.id);
    auto* dialog = new ExportDialog(canvas_, sourceArticles(document_->filteredGraph(), shown), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    dialog->open();
}

void MainWindow::createDocks()
{
    auto* filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(filterPanel_);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    auto* inspectorDock = new QDockWidget(tr("Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(inspector_);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    resizeDocks({filterDock, inspectorDock}, {300, 380}, Qt::Horizontal);
    ReviewTools::install(this); // curation log and analysis docks, context menus
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(session_->newDatabaseAction());
    file->addAction(session_->openDatabaseAction());
    auto* recent = new RecentDatabasesMenu(this);
    connect(recent, &RecentDatabasesMenu::databaseChosen, session_, &DatabaseSession::openDatabase);
    file->addMenu(recent);
    file->addSeparator();
    file->addAction(session_->importFilesAction());
    file->addAction(session_->importFolderAction());
    file->addSeparator();
    file->addAction(toolBar_->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find Entity…"), this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
    view->addAction(toolBar_->toggleViewAction());
    view->addSeparator();
    view->addAction(toolBar_->fitAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NewsGraph"), this, [this] { showAboutDialog(this); })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
    if (auto* tools = findChild<ReviewTools*>())
        tools->addMenus(menuBar()); // Curate, Views, Settings
}

void MainWindow::createStatusBar()
{
    statusBar()->addPermanentWidget(new ImportProgressBar(session_->importTask(), this));
    statusBar()->addPermanentWidget(counts_);
    connect(session_, &DatabaseSession::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(search_, &SearchField::message, this, [this](const QString& text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = preferences::windowGeometry.value();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = preferences::windowState.value();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::updateTitle()
{
    const QString path = document_->databasePath();
    setWindowTitle(path.isEmpty() ? tr("NewsGraph") : tr("%1 — NewsGraph").arg(QFileInfo(path).fileName()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    preferences::windowGeometry.setValue(saveGeometry());
    preferences::windowState.setValue(saveState());
    sync_->savePositions();
    if (session_->isImporting())
        session_->importTask()->cancel(); // the task's owner waits for the current article, then stops
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty() && document_->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    session_->importPaths(paths);
}

} // namespace newsgraph::ui
