// Sorts the flows table (USD numerically) and can keep only flows into or out of a set of entities.
#pragma once

#include "model/GraphData.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace newsgraph::ui {

class MoneyFlowFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MoneyFlowFilter(QObject* parent = nullptr);

    // Empty: every flow.
    void setEntities(const QSet<core::EntityId>& entities);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QSet<core::EntityId> entities_;
};

} // namespace newsgraph::ui
