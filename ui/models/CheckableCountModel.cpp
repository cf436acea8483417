// A checkable two-column list (label, count) for filter choices.
#include "CheckableCountModel.h"

#include <algorithm>

namespace newsgraph::ui {

CheckableCountModel::CheckableCountModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CheckableCountModel::setRows(const QList<Row>& rows)
{
    const bool sameKeys = rows.size() == rows_.size()
        && std::equal(rows.begin(), rows.end(), rows_.begin(),
                      [](const Row& a, const Row& b) { return a.key == b.key; });
    if (sameKeys) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            rows_[i].label = rows[i].label;
            rows_[i].count = rows[i].count;
        }
        if (!rows_.isEmpty())
            emit dataChanged(index(0, 0), index(static_cast<int>(rows_.size()) - 1, ColumnCount - 1),
                             {Qt::DisplayRole});
        return;
    }
    beginResetModel();
    rows_ = rows;
    endResetModel();
}

QList<QVariant> CheckableCountModel::checkedKeys() const
{
    QList<QVariant> keys;
    for (const Row& row : rows_)
        if (row.checked)
            keys.append(row.key);
    return keys;
}

bool CheckableCountModel::allChecked() const
{
    return std::all_of(rows_.begin(), rows_.end(), [](const Row& row) { return row.checked; });
}

void CheckableCountModel::setCheckedKeys(const QList<QVariant>& keys)
{
    for (qsizetype i = 0; i < rows_.size(); ++i) {
        const bool checked = keys.isEmpty() || keys.contains(rows_[i].key);
        if (rows_[i].checked == checked)
            continue;
        rows_[i].checked = checked;
        const QModelIndex changed = index(static_cast<int>(i), LabelColumn);
        emit dataChanged(changed, changed, {Qt::CheckStateRole});
    }
}

int CheckableCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CheckableCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckableCountModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? QVariant(row.label) : QVariant(row.count);
    case Qt::CheckStateRole:
        if (index.column() == LabelColumn)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KeyRole:
        return row.key;
    default:
        return {};
    }
}

bool CheckableCountModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole
        || index.column() != LabelColumn)
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    Row& row = rows_[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CheckableCountModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == LabelColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant CheckableCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? tr("Name") : section == CountColumn ? tr("Count") : QVariant();
}

} // namespace newsgraph::ui
