// The investigation workflows added to the main window.
#include "InvestigationWorkbench.h"

#include "EntityPicker.h"
#include "GraphLens.h"
#include "NeighbourhoodNavigator.h"
#include "PathPanel.h"

#include "canvas/GraphCanvas.h"
#include "compare/ComparePanel.h"
#include "compare/DatabaseSnapshot.h"
#include "document/GraphDocument.h"
#include "money/MoneyPanel.h"
#include "panels/SearchField.h"
#include "timeline/TimeSlider.h"
#include "window/DatabaseSession.h"
#include "window/GraphToolBar.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>

namespace newsgraph::ui {

InvestigationWorkbench::InvestigationWorkbench(MainWindow* window)
    : QObject(window), window_(window),
      lens_(new GraphLens(window->document(), window->canvas(), window->canvasSync(), this)),
      navigator_(new NeighbourhoodNavigator(window->document(), window->canvas(), lens_, this)),
      pathPanel_(new PathPanel(window->document(), window->canvas(), &window->searchField()->index(), window)),
      moneyPanel_(new MoneyPanel(window->document(), window)),
      timeSlider_(new TimeSlider(window->document(), lens_, window)),
      comparePanel_(new ComparePanel(window->document(), window->canvas(), window))
{
    setObjectName(QStringLiteral("investigationWorkbench"));
    pathDock_ = addDock(tr("Paths"), QStringLiteral("pathDock"), pathPanel_, Qt::RightDockWidgetArea);
    moneyDock_ = addDock(tr("Money Flows"), QStringLiteral("moneyDock"), moneyPanel_, Qt::RightDockWidgetArea);
    compareDock_ = addDock(tr("Changes"), QStringLiteral("compareDock"), comparePanel_, Qt::RightDockWidgetArea);
    timeDock_ = addDock(tr("Time"), QStringLiteral("timeDock"), timeSlider_, Qt::BottomDockWidgetArea);
    if (auto* inspector = window_->findChild<QDockWidget*>(QStringLiteral("inspectorDock"))) {
        for (QDockWidget* dock : {pathDock_, moneyDock_, compareDock_})
            window_->tabifyDockWidget(inspector, dock);
        inspector->raise();
    }
    for (QDockWidget* dock : {pathDock_, moneyDock_, compareDock_})
        dock->hide(); // shown by their actions; the time bar stays visible
    createToolBar();
    extendMenus();
    connect(navigator_, &NeighbourhoodNavigator::message, window_->statusBar(),
            [this](const QString& text) { window_->statusBar()->showMessage(text, 5000); });
}

QDockWidget* InvestigationWorkbench::addDock(const QString& title, const QString& name, QWidget* content,
                                             Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, window_);
    dock->setObjectName(name);
    dock->setWidget(content);
    window_->addDockWidget(area, dock);
    return dock;
}

void InvestigationWorkbench::createToolBar()
{
    auto* bar = new QToolBar(tr("Investigate"), window_);
    bar->setObjectName(QStringLiteral("investigateToolBar"));

    findPath_ = bar->addAction(tr("Path…"), this, &InvestigationWorkbench::startPathFromSelection);
    findPath_->setToolTip(tr("How is A connected to B? (uses the two selected entities when there are two)"));
    findPath_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    bar->addSeparator();

    hops_ = new QSpinBox(bar);
    hops_->setObjectName(QStringLiteral("hopsBox"));
    hops_->setRange(1, 6);
    hops_->setValue(2);
    hops_->setSuffix(tr(" hops"));
    hops_->setToolTip(tr("How far “Show hops” and focus mode reach"));
    navigator_->setHops(hops_->value());
    connect(hops_, &QSpinBox::valueChanged, navigator_, &NeighbourhoodNavigator::setHops);
    bar->addWidget(hops_);
    showHops_ = bar->addAction(tr("Show Hops"), this, [this] {
        const auto& selected = window_->document()->selectedEntities();
        if (selected.isEmpty()) {
            window_->statusBar()->showMessage(tr("Select an entity first."), 5000);
            return;
        }
        navigator_->showHops(selected.constFirst(), hops_->value());
    });
    showHops_->setToolTip(tr("Show only what lies within k hops of the selected entity; double-click a node to "
                             "expand or collapse its neighbours"));
    showAll_ = bar->addAction(tr("Show All"), navigator_, &NeighbourhoodNavigator::showAll);
    showAll_->setEnabled(false);
    connect(lens_, &GraphLens::changed, this, [this] { showAll_->setEnabled(lens_->subset().has_value()); });
    focus_ = bar->addAction(tr("Focus"));
    focus_->setCheckable(true);
    focus_->setToolTip(tr("Fade everything beyond k hops of the selection"));
    connect(focus_, &QAction::toggled, navigator_, &NeighbourhoodNavigator::setFocusMode);
    bar->addSeparator();

    followMoney_ = bar->addAction(tr("Follow the Money"));
    followMoney_->setCheckable(true);
    followMoney_->setToolTip(tr("Keep only investments, funding and acquisitions; edge width by amount in USD"));
    connect(followMoney_, &QAction::toggled, this, [this](bool on) {
        lens_->setMoneyOnly(on);
        if (on) {
            moneyDock_->show();
            moneyDock_->raise();
        }
    });
    window_->addToolBar(bar);
}

QMenu* InvestigationWorkbench::menuHolding(QAction* action) const
{
    for (QAction* top : window_->menuBar()->actions())
        if (QMenu* menu = top->menu(); menu && menu->actions().contains(action))
            return menu;
    return nullptr;
}

void InvestigationWorkbench::extendMenus()
{
    compare_ = new QAction(tr("Compare with Database…"), this);
    compare_->setObjectName(QStringLiteral("compareAction"));
    connect(compare_, &QAction::triggered, this, &InvestigationWorkbench::chooseComparison);
    snapshot_ = new QAction(tr("Save Snapshot"), this);
    snapshot_->setObjectName(QStringLiteral("snapshotAction"));
    snapshot_->setToolTip(tr("Copy the database beside itself with today's date, to compare against later"));
    connect(snapshot_, &QAction::triggered, this, &InvestigationWorkbench::saveSnapshot);
    auto enable = [this] {
        const bool ready = window_->document()->isOpen() && !window_->session()->isImporting();
        compare_->setEnabled(ready);
        snapshot_->setEnabled(ready);
    };
    connect(window_->document(), &GraphDocument::databaseChanged, this, enable);
    connect(window_->document(), &GraphDocument::graphLoaded, this, enable);
    enable();

    if (QMenu* file = menuHolding(window_->graphToolBar()->exportAction())) {
        QAction* before = window_->graphToolBar()->exportAction();
        file->insertAction(before, compare_);
        file->insertAction(before, snapshot_);
        file->insertSeparator(before);
    }
    if (QMenu* view = menuHolding(window_->graphToolBar()->fitAction())) {
        view->addSeparator();
        for (QDockWidget* dock : {pathDock_, moneyDock_, compareDock_, timeDock_})
            view->addAction(dock->toggleViewAction());
    }
    QMenu* investigate = window_->menuBar()->addMenu(tr("&Investigate"));
    for (QAction* action : {findPath_, showHops_, showAll_, focus_, followMoney_})
        investigate->addAction(action);
    // Right after View, where an investigation starts from what is on screen.
    if (QMenu* view = menuHolding(window_->graphToolBar()->fitAction())) {
        const auto tops = window_->menuBar()->actions();
        const qsizetype at = tops.indexOf(view->menuAction());
        if (at >= 0 && at + 1 < tops.size() && tops[at + 1] != investigate->menuAction())
            window_->menuBar()->insertMenu(tops[at + 1], investigate);
    }
}

void InvestigationWorkbench::startPathFromSelection()
{
    const auto& selected = window_->document()->selectedEntities();
    const core::GraphData& graph = window_->document()->filteredGraph();
    auto nameOf = [&graph](core::EntityId id) {
        const auto* entity = graph.entity(id);
        return entity ? QString::fromStdString(entity->name) : QString();
    };
    if (!selected.isEmpty())
        pathPanel_->fromPicker()->setEntity(selected[0], nameOf(selected[0]));
    if (selected.size() >= 2) {
        pathPanel_->toPicker()->setEntity(selected[1], nameOf(selected[1]));
        pathPanel_->findPaths();
    }
    pathDock_->show();
    pathDock_->raise();
    (selected.size() >= 2 ? static_cast<QWidget*>(pathPanel_) : pathPanel_->toPicker())->setFocus();
}

QString InvestigationWorkbench::saveSnapshot()
{
    if (window_->session()->isImporting()) {
        window_->statusBar()->showMessage(tr("Wait for the import to finish before saving a snapshot."), 8000);
        return {};
    }
    const QString source = window_->document()->databasePath();
    const QString target = snapshotPath(source, QDate::currentDate());
    QString error;
    if (!ui::saveSnapshot(source, target, &error)) {
        window_->statusBar()->showMessage(error, 8000);
        return {};
    }
    window_->statusBar()->showMessage(tr("Snapshot saved as %1").arg(QFileInfo(target).fileName()), 8000);
    return target;
}

bool InvestigationWorkbench::compareWith(const QString& databasePath)
{
    QString error;
    if (!comparePanel_->compareWith(databasePath, &error)) {
        window_->statusBar()->showMessage(error, 8000);
        return false;
    }
    compareDock_->show();
    compareDock_->raise();
    return true;
}

void InvestigationWorkbench::chooseComparison()
{
    const QString folder = QFileInfo(window_->document()->databasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(window_, tr("Compare with Database"), folder,
                                                      tr("NewsGraph databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

} // namespace newsgraph::ui
