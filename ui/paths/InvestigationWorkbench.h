// The investigation workflows added to the main window: paths, neighbourhoods, money, time, what changed.
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;
class QSpinBox;
class QToolBar;

namespace newsgraph::ui {

class ComparePanel;
class GraphLens;
class MainWindow;
class MoneyPanel;
class NeighbourhoodNavigator;
class PathPanel;
class TimeSlider;

// Created by MainWindow with one line; everything else it hooks up through the window's public
// accessors, so the window's own files stay about wiring the basics.
class InvestigationWorkbench : public QObject
{
    Q_OBJECT

public:
    explicit InvestigationWorkbench(MainWindow* window);

    GraphLens* lens() const { return lens_; }
    NeighbourhoodNavigator* navigator() const { return navigator_; }
    PathPanel* pathPanel() const { return pathPanel_; }
    MoneyPanel* moneyPanel() const { return moneyPanel_; }
    TimeSlider* timeSlider() const { return timeSlider_; }
    ComparePanel* comparePanel() const { return comparePanel_; }

    QAction* followMoneyAction() const { return followMoney_; }
    QAction* showHopsAction() const { return showHops_; }
    QAction* showAllAction() const { return showAll_; }
    QAction* focusAction() const { return focus_; }
    QAction* findPathAction() const { return findPath_; }
    QAction* compareAction() const { return compare_; }
    QAction* snapshotAction() const { return snapshot_; }
    QSpinBox* hopsBox() const { return hops_; }

    // File → Save Snapshot: copies the open database beside itself with today's date. Returns
    // the new file, or "" (with a status message) when an import is running or the copy fails.
    QString saveSnapshot();
    // File → Compare with Database… without the file dialog.
    bool compareWith(const QString& databasePath);

private:
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    void createToolBar();
    void extendMenus();
    void startPathFromSelection();
    void chooseComparison();
    QMenu* menuHolding(QAction* action) const;

    MainWindow* window_;
    GraphLens* lens_;
    NeighbourhoodNavigator* navigator_;
    PathPanel* pathPanel_;
    MoneyPanel* moneyPanel_;
    TimeSlider* timeSlider_;
    ComparePanel* comparePanel_;
    QDockWidget* pathDock_ = nullptr;
    QDockWidget* moneyDock_ = nullptr;
    QDockWidget* timeDock_ = nullptr;
    QDockWidget* compareDock_ = nullptr;
    QSpinBox* hops_ = nullptr;
    QAction* followMoney_ = nullptr;
    QAction* showHops_ = nullptr;
    QAction* showAll_ = nullptr;
    QAction* focus_ = nullptr;
    QAction* findPath_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* snapshot_ = nullptr;
};

} // namespace newsgraph::ui
