// One row per entity of the filtered graph with its mentions, degree, betweenness, PageRank, community, component.
#pragma once

#include "model/GraphData.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace newsgraph::ui {

class GraphDocument;

// Display text is formatted; SortRole gives the raw number (or the name) so a proxy sorts
// numerically. AnalysisPanel drives it: refresh() after graphChanged and showMeasures() after
// measuresReady, while the panel is on screen.
class CentralityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Mentions, Degree, Betweenness, PageRank, Community, Component, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int EntityIdRole = Qt::UserRole + 1;

    explicit CentralityModel(GraphDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    core::EntityId entityAt(int row) const;
    // Component index per entity (0 = largest) and how many components the filtered graph has.
    const std::map<core::EntityId, int>& components() const { return components_; }
    int componentCount() const { return componentCount_; }

    // Rebuilds the rows from the document's filtered graph (a model reset).
    void refresh();
    // The document's measures arrived: the measure columns of every row changed.
    void showMeasures();

private:
    double measure(const std::map<core::EntityId, double>& values, core::EntityId id) const;

    // A copy, not pointers into the filtered graph: the document replaces (and frees) that graph
    // before views hear of it, and a repaint in between must not read freed entities.
    struct Row {
        core::EntityId id = 0;
        QString name;
        core::EntityType type{};
        int mentions = 0;
    };

    GraphDocument* document_;
    std::vector<Row> rows_;
    std::map<core::EntityId, int> components_;
    int componentCount_ = 0;
};

} // namespace newsgraph::ui
