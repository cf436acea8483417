// Search matches as rows (name, matched alias, type) for the search field's completer and result lists.
#pragma once

#include "SearchIndex.h"

#include <QAbstractTableModel>

#include <vector>

namespace newsgraph::ui {

class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, ColumnCount };
    static constexpr int EntityIdRole = Qt::UserRole + 1;

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setMatches(std::vector<SearchMatch> matches);
    const std::vector<SearchMatch>& matches() const { return matches_; }
    core::EntityId entityAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SearchMatch> matches_;
};

} // namespace newsgraph::ui
