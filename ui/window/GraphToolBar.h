// The main toolbar: layout choice with run/stop, node size measure, fit to view, export, search.
#pragma once

#include <QToolBar>

class QAction;
class QComboBox;

namespace newsgraph::ui {

class CanvasSync;
class GraphCanvas;
class SearchField;

class GraphToolBar : public QToolBar
{
    Q_OBJECT

public:
    GraphToolBar(GraphCanvas* canvas, CanvasSync* sync, SearchField* search, QWidget* parent = nullptr);

    QComboBox* layoutChoice() const { return layoutChoice_; }
    QComboBox* sizeChoice() const { return sizeChoice_; }
    QAction* runLayoutAction() const { return runLayout_; }
    QAction* fitAction() const { return fit_; }
    QAction* exportAction() const { return export_; }

private:
    void toggleLayout();
    void showLayoutState();

    GraphCanvas* canvas_;
    QComboBox* layoutChoice_;
    QComboBox* sizeChoice_;
    QAction* runLayout_;
    QAction* fit_;
    QAction* export_;
};

} // namespace newsgraph::ui
