// The filter dock's contents: type, source and threshold pages that edit the document's filter.
#pragma once

#include "FilterEdit.h"

#include "model/GraphData.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace newsgraph::ui {

class GraphDocument;
class SourceFilterPage;
class ThresholdFilterPage;
class TypeFilterPage;

// Every edit becomes an undoable document filter change; the document filters in the background
// and the panel mirrors the document's filter (after undo, say) without echoing it back.
class FilterPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(GraphDocument* document, QWidget* parent = nullptr);

    TypeFilterPage* typePage() const { return typePage_; }
    SourceFilterPage* sourcePage() const { return sourcePage_; }
    ThresholdFilterPage* thresholdPage() const { return thresholdPage_; }

private:
    void commitEdit(FilterEdit edit);
    void showFilter();
    void highlightArticle(core::ArticleId article);

    GraphDocument* document_;
    QTabWidget* tabs_;
    TypeFilterPage* typePage_;
    SourceFilterPage* sourcePage_;
    ThresholdFilterPage* thresholdPage_;
    QLabel* busyLabel_;
    bool showing_ = false;
};

} // namespace newsgraph::ui
