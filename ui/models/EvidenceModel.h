// The evidence sentences of one relation, with article title, outlet, reporters, date and what each states.
#pragma once

#include "model/GraphData.h"

#include <QAbstractTableModel>

#include <vector>

namespace newsgraph::ui {

class EvidenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SentenceColumn, ArticleColumn, OutletColumn, ReporterColumn, DateColumn, DetailColumn, ColumnCount };
    static constexpr int ArticleIdRole = Qt::UserRole + 1;
    static constexpr int SentenceIndexRole = Qt::UserRole + 2;

    explicit EvidenceModel(QObject* parent = nullptr);

    // Rebuilds for `relation` in `graph` (0 clears).
    void setRelation(const core::GraphData& graph, core::RelationId relation);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        core::ArticleId article = 0;
        int sentenceIndex = 0;
        QString cells[ColumnCount];
    };
    std::vector<Row> rows_;
};

} // namespace newsgraph::ui
