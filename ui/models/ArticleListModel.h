// The database's articles (title, outlet, date, entity count), checkable to restrict the graph to some of them.
#pragma once

#include "model/GraphData.h"

#include <QAbstractTableModel>
#include <QList>

#include <set>
#include <vector>

namespace newsgraph::ui {

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, DateColumn, EntitiesColumn, ColumnCount };
    static constexpr int ArticleIdRole = Qt::UserRole + 1;

    explicit ArticleListModel(QObject* parent = nullptr);

    // New articles are inserted, vanished ones removed, the rest updated in place (checks kept).
    void setGraph(const core::GraphData& graph);
    core::ArticleId articleAt(int row) const;

    // Checked articles; empty means "no restriction" (every article counts).
    std::set<core::ArticleId> checkedArticles() const;
    void setCheckedArticles(const std::set<core::ArticleId>& articles); // emits no checkedChanged()

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    struct Row {
        core::ArticleRecord record;
        int entities = 0;
        bool checked = false;
    };
    std::vector<Row> rows_; // sorted by article id, like GraphData::articles
};

} // namespace newsgraph::ui
