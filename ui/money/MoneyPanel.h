// The flows dock: sortable table of money flows, totals in and out for the selection, and the flow view.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace newsgraph::ui {

class FlowDiagram;
class GraphDocument;
class MoneyFlowFilter;
class MoneyFlowModel;

class MoneyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyPanel(GraphDocument* document, QWidget* parent = nullptr);

    MoneyFlowModel* model() const { return model_; }
    MoneyFlowFilter* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    FlowDiagram* diagram() const { return diagram_; }
    QLabel* totalsLabel() const { return totals_; }

private:
    void reload();
    void showSelection();

    GraphDocument* document_;
    MoneyFlowModel* model_;
    MoneyFlowFilter* proxy_;
    QCheckBox* selectionOnly_;
    QTableView* table_;
    QLabel* totals_;
    FlowDiagram* diagram_;
};

} // namespace newsgraph::ui
