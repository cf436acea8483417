// The flows table: one row per money relation and stated amount (from, to, type, as written, USD, date, sources).
#pragma once

#include "analysis/MoneyFlows.h"

#include <QAbstractTableModel>

#include <vector>

namespace newsgraph::ui {

class MoneyFlowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, ToColumn, TypeColumn, AmountColumn, UsdColumn, DateColumn, SourcesColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;     // numbers for USD, text otherwise
    static constexpr int RelationIdRole = Qt::UserRole + 2;
    static constexpr int FromIdRole = Qt::UserRole + 3;
    static constexpr int ToIdRole = Qt::UserRole + 4;

    explicit MoneyFlowModel(QObject* parent = nullptr);

    // Rebuilds the rows from `data` (names are resolved now; the model keeps no pointer to it).
    void setGraph(const core::GraphData& data, const core::RateTable& rates);
    const std::vector<core::MoneyFlow>& flows() const { return flows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Names {
        QString from, to, sources;
    };
    std::vector<core::MoneyFlow> flows_;
    std::vector<Names> names_;
};

// "$25.0M", "$1.2B": compact, for tables and the flow view.
QString formatUsd(double usd);

} // namespace newsgraph::ui
