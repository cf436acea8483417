// One entity's relations grouped by relation type: the other end, direction, amounts, dates, evidence count.
#pragma once

#include "model/GraphData.h"

#include <QAbstractItemModel>

#include <vector>

namespace newsgraph::ui {

class RelationTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { RelationColumn, AmountColumn, DateColumn, EvidenceColumn, ColumnCount };
    static constexpr int RelationIdRole = Qt::UserRole + 1;
    static constexpr int EntityIdRole = Qt::UserRole + 2; // the other end

    explicit RelationTreeModel(QObject* parent = nullptr);

    // Rebuilds for `entity` in `graph` (0 clears). A new selection is a new list: reset.
    void setEntity(const core::GraphData& graph, core::EntityId entity);
    int relationCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item {
        core::RelationId relation = 0;
        core::EntityId other = 0;
        QString text;     // "→ 사카나AI"
        QString amounts;
        QString dates;
        int evidence = 0;
        bool warning = false;
    };
    struct Group {
        core::RelationType type;
        std::vector<Item> items;
    };
    // internalId: 0 for a group row, group index + 1 for its children.
    std::vector<Group> groups_;
};

} // namespace newsgraph::ui
