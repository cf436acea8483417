// One entity's relations grouped by relation type.
#include "RelationTreeModel.h"

#include "EvidenceSummary.h"
#include "OntologyLabels.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <map>

namespace newsgraph::ui {

RelationTreeModel::RelationTreeModel(QObject* parent) : QAbstractItemModel(parent)
{
}

void RelationTreeModel::setEntity(const core::GraphData& graph, core::EntityId entity)
{
    beginResetModel();
    groups_.clear();
    std::map<core::RelationType, std::vector<Item>> byType;
    for (const auto& relation : graph.relations) {
        if (entity == 0 || (relation.source != entity && relation.target != entity))
            continue;
        const bool outgoing = relation.source == entity;
        const core::EntityId other = outgoing ? relation.target : relation.source;
        const auto* otherRecord = graph.entity(other);
        const QString arrow = core::isSymmetric(relation.type) ? QStringLiteral("↔") : outgoing ? QStringLiteral("→")
                                                                                                : QStringLiteral("←");
        const auto summary = EvidenceSummary::of(relation, graph);
        Item item;
        item.relation = relation.id;
        item.other = other;
        item.text = arrow + QLatin1Char(' ')
            + (otherRecord ? QString::fromStdString(otherRecord->name) : tr("(entity %1)").arg(other));
        item.amounts = summary.amounts.join(QStringLiteral("; "));
        item.dates = summary.dates.join(QStringLiteral("; "));
        item.evidence = static_cast<int>(relation.evidence.size());
        item.warning = summary.amountsDisagree || summary.datesDisagree;
        byType[relation.type].push_back(std::move(item));
    }
    for (auto& [type, items] : byType) {
        std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.evidence > b.evidence; });
        groups_.push_back({type, std::move(items)});
    }
    endResetModel();
}

int RelationTreeModel::relationCount() const
{
    int count = 0;
    for (const auto& group : groups_)
        count += static_cast<int>(group.items.size());
    return count;
}

QModelIndex RelationTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(groups_.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const auto& group = groups_[static_cast<std::size_t>(parent.row())];
    return row < static_cast<int>(group.items.size()) ? createIndex(row, column, quintptr(parent.row() + 1))
                                                       : QModelIndex();
}

QModelIndex RelationTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int RelationTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].items.size());
}

int RelationTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant RelationTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const auto& group = groups_[static_cast<std::size_t>(index.row())];
        if (role == Qt::DisplayRole && index.column() == RelationColumn)
            return tr("%1 (%2)").arg(relationTypeLabel(group.type)).arg(group.items.size());
        return {};
    }
    const auto& item = groups_[index.internalId() - 1].items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RelationColumn: return item.text;
        case AmountColumn: return item.amounts;
        case DateColumn: return item.dates;
        case EvidenceColumn: return item.evidence;
        }
        return {};
    case Qt::ToolTipRole:
        return item.warning ? tr("The evidence for this relation disagrees (amounts or dates)") : QVariant();
    case Qt::ForegroundRole:
        return item.warning && index.column() != RelationColumn ? QBrush(QColor(0xb0, 0x40, 0x00)) : QVariant();
    case RelationIdRole:
        return QVariant::fromValue<qint64>(item.relation);
    case EntityIdRole:
        return QVariant::fromValue<qint64>(item.other);
    default:
        return {};
    }
}

QVariant RelationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RelationColumn: return tr("Relation");
    case AmountColumn: return tr("Amount");
    case DateColumn: return tr("Date");
    case EvidenceColumn: return tr("Sentences");
    }
    return {};
}

} // namespace newsgraph::ui
