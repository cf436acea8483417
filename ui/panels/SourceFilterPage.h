// Filter page: which articles and outlets count, and the date range; selecting an article highlights it.
#pragma once

#include "FilterEdit.h"

#include "graph/GraphFilter.h"

#include <QWidget>

class QDateEdit;
class QTreeView;

namespace newsgraph::ui {

class ArticleListModel;
class CheckableCountModel;

class SourceFilterPage : public QWidget
{
    Q_OBJECT

public:
    explicit SourceFilterPage(QWidget* parent = nullptr);

    void setGraph(const core::GraphData& graph);
    void readFrom(const core::GraphFilter& filter);
    void writeTo(core::GraphFilter& filter) const;

    ArticleListModel* articleModel() const { return articles_; }
    CheckableCountModel* outletModel() const { return outlets_; }
    QTreeView* articleView() const { return articleView_; }

signals:
    void edited(newsgraph::ui::FilterEdit edit);
    // The user selected an article in the list (0 when the selection was cleared).
    void articleHighlighted(core::ArticleId article);

private:
    ArticleListModel* articles_;
    CheckableCountModel* outlets_;
    QTreeView* articleView_;
    QDateEdit* dateFrom_;
    QDateEdit* dateTo_;
};

} // namespace newsgraph::ui
