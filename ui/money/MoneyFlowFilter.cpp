// Sorting and entity filtering for the flows table.
#include "MoneyFlowFilter.h"

#include "MoneyFlowModel.h"

namespace newsgraph::ui {

MoneyFlowFilter::MoneyFlowFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(MoneyFlowModel::SortRole);
    setSortLocaleAware(true);
}

void MoneyFlowFilter::setEntities(const QSet<core::EntityId>& entities)
{
    entities_ = entities;
    invalidateFilter();
}

bool MoneyFlowFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (entities_.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return entities_.contains(index.data(MoneyFlowModel::FromIdRole).toLongLong())
        || entities_.contains(index.data(MoneyFlowModel::ToIdRole).toLongLong());
}

} // namespace newsgraph::ui
