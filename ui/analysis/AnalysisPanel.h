// The "Analysis" dock: most central entities (sortable), connected components, colour by community.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace newsgraph::ui {

class CanvasSync;
class CentralityModel;
class CommunityColouring;
class GraphCanvas;
class GraphDocument;

class AnalysisPanel : public QWidget
{
    Q_OBJECT

public:
    AnalysisPanel(GraphDocument* document, GraphCanvas* canvas, CanvasSync* sync, QWidget* parent = nullptr);

    CentralityModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    QCheckBox* colourByCommunity() const { return colourByCommunity_; }
    QListWidget* componentList() const { return components_; }
    CommunityColouring* colouring() const { return colouring_; }

private:
    void showComponents();
    void selectRow(int proxyRow);

    GraphDocument* document_;
    CentralityModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QLabel* summary_;
    QListWidget* components_;
    QCheckBox* colourByCommunity_;
    CommunityColouring* colouring_;
};

} // namespace newsgraph::ui
