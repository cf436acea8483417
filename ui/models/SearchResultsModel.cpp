// Search matches as rows.
#include "SearchResultsModel.h"

#include "OntologyLabels.h"

namespace newsgraph::ui {

SearchResultsModel::SearchResultsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

// Results change wholesale with every keystroke: a reset is the honest signal here.
void SearchResultsModel::setMatches(std::vector<SearchMatch> matches)
{
    beginResetModel();
    matches_ = std::move(matches);
    endResetModel();
}

core::EntityId SearchResultsModel::entityAt(int row) const
{
    return row >= 0 && row < static_cast<int>(matches_.size()) ? matches_[static_cast<std::size_t>(row)].entity : 0;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(matches_.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchMatch& match = matches_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TypeColumn)
            return entityTypeLabel(match.type);
        if (match.matchedForm != match.name)
            return tr("%1 (%2)").arg(match.name, match.matchedForm);
        return match.name;
    case Qt::EditRole: // what the completer puts into the line edit
        return index.column() == TypeColumn ? entityTypeLabel(match.type) : match.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(match.name, entityTypeLabel(match.type));
    case EntityIdRole:
        return QVariant::fromValue<qint64>(match.entity);
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : section == TypeColumn ? tr("Type") : QVariant();
}

} // namespace newsgraph::ui
