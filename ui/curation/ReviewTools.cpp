// Installs curation, saved views, analysis and language into the main window.
#include "ReviewTools.h"

#include "CurationActions.h"
#include "CurationLogPanel.h"
#include "CurationMenu.h"

#include "analysis/AnalysisPanel.h"
#include "language/LanguageMenu.h"
#include "panels/InspectorPanel.h"
#include "views/ViewsMenu.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>

namespace newsgraph::ui {

ReviewTools* ReviewTools::install(MainWindow* window)
{
    return new ReviewTools(window);
}

ReviewTools::ReviewTools(MainWindow* window)
    : QObject(window), window_(window), actions_(new CurationActions(window->document(), this)),
      curationMenu_(new CurationMenu(actions_, window)), log_(new CurationLogPanel(actions_, window)),
      analysis_(new AnalysisPanel(window->document(), window->canvas(), window->canvasSync(), window)),
      viewsMenu_(new ViewsMenu(window)), languageMenu_(new LanguageMenu(window))
{
    setObjectName(QStringLiteral("reviewTools"));
    auto* logDock = new QDockWidget(tr("Curation Log"), window);
    logDock->setObjectName(QStringLiteral("curationLogDock"));
    logDock->setWidget(log_);
    window->addDockWidget(Qt::BottomDockWidgetArea, logDock);
    logDock->hide(); // on demand (View menu): the canvas keeps its height

    auto* analysisDock = new QDockWidget(tr("Analysis"), window);
    analysisDock->setObjectName(QStringLiteral("analysisDock"));
    analysisDock->setWidget(analysis_);
    window->addDockWidget(Qt::RightDockWidgetArea, analysisDock);
    if (auto* inspectorDock = window->findChild<QDockWidget*>(QStringLiteral("inspectorDock")))
        window->tabifyDockWidget(inspectorDock, analysisDock);
    if (auto* inspectorDock = window->findChild<QDockWidget*>(QStringLiteral("inspectorDock")))
        inspectorDock->raise();

    curationMenu_->attachTo(window->canvas());
    curationMenu_->attachToSelectionView(window->inspector());
    const auto show = [window](const QString& text) { window->statusBar()->showMessage(text, 8000); };
    connect(actions_, &CurationActions::failed, window, show);
    connect(viewsMenu_, &ViewsMenu::message, window, show);
    connect(languageMenu_, &LanguageMenu::message, window, show);
}

void ReviewTools::addMenus(QMenuBar* bar)
{
    // MainWindow's own menus, found by their (translated) titles; a missing one means "append".
    const auto menuTitled = [bar](const char* title) -> QAction* {
        const QString text = QCoreApplication::translate("newsgraph::ui::MainWindow", title);
        for (QAction* action : bar->actions())
            if (action->text() == text)
                return action;
        return nullptr;
    };
    QAction* view = menuTitled("&View");
    QAction* help = menuTitled("&Help");
    QAction* afterView = nullptr;
    const QList<QAction*> existing = bar->actions();
    if (const auto at = existing.indexOf(view); at >= 0 && at + 1 < existing.size())
        afterView = existing[at + 1];
    bar->insertMenu(view, curationMenu_);
    bar->insertMenu(afterView, viewsMenu_);
    auto* settings = new QMenu(tr("&Settings"), window_);
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addMenu(languageMenu_);
    bar->insertMenu(help, settings);
}

} // namespace newsgraph::ui
