// The database's articles, checkable.
#include "ArticleListModel.h"


#include <map>

namespace newsgraph::ui {

ArticleListModel::ArticleListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ArticleListModel::setGraph(const core::GraphData& graph)
{
    std::map<core::ArticleId, int> entityCounts;
    for (const auto& entity : graph.entities)
        for (auto article : entity.articles)
            ++entityCounts[article];

    // Both lists are sorted by id: walk them together (a merge), so each change is one signal.
    std::size_t row = 0;
    for (const auto& record : graph.articles) {
        while (row < rows_.size() && rows_[row].record.id < record.id) {
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(row));
            rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row));
            endRemoveRows();
        }
        const int entities = entityCounts[record.id];
        if (row < rows_.size() && rows_[row].record.id == record.id) {
            rows_[row].record = record;
            rows_[row].entities = entities;
            emit dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
        } else {
            beginInsertRows({}, static_cast<int>(row), static_cast<int>(row));
            rows_.insert(rows_.begin() + static_cast<std::ptrdiff_t>(row), Row{record, entities, false});
            endInsertRows();
        }
        ++row;
    }
    if (row < rows_.size()) {
        beginRemoveRows({}, static_cast<int>(row), static_cast<int>(rows_.size()) - 1);
        rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row), rows_.end());
        endRemoveRows();
    }
}

core::ArticleId ArticleListModel::articleAt(int row) const
{
    return row >= 0 && row < static_cast<int>(rows_.size()) ? rows_[static_cast<std::size_t>(row)].record.id : 0;
}

std::set<core::ArticleId> ArticleListModel::checkedArticles() const
{
    std::set<core::ArticleId> checked;
    for (const Row& row : rows_)
        if (row.checked)
            checked.insert(row.record.id);
    return checked;
}

void ArticleListModel::setCheckedArticles(const std::set<core::ArticleId>& articles)
{
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const bool checked = articles.contains(rows_[i].record.id);
        if (rows_[i].checked == checked)
            continue;
        rows_[i].checked = checked;
        const QModelIndex changed = index(static_cast<int>(i), TitleColumn);
        emit dataChanged(changed, changed, {Qt::CheckStateRole});
    }
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const auto& record = row.record;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return record.title.empty() ? QString::fromStdString(record.fileName) : QString::fromStdString(record.title);
        case OutletColumn:
            return QString::fromStdString(record.outlet);
        case DateColumn:
            return QString::fromStdString(record.publishedDate.substr(0, 10));
        case EntitiesColumn:
            return row.entities;
        }
    }
    if (role == Qt::CheckStateRole && index.column() == TitleColumn)
        return row.checked ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(record.sourcePath.empty() ? record.fileName : record.sourcePath);
    if (role == ArticleIdRole)
        return QVariant::fromValue<qint64>(record.id);
    return {};
}

bool ArticleListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole || index.column() != TitleColumn)
        return false;
    Row& row = rows_[static_cast<std::size_t>(index.row())];
    const bool checked = value.toInt() == Qt::Checked;
    if (row.checked == checked)
        return true;
    row.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Article");
    case OutletColumn: return tr("Outlet");
    case DateColumn: return tr("Date");
    case EntitiesColumn: return tr("Entities");
    }
    return {};
}

} // namespace newsgraph::ui
