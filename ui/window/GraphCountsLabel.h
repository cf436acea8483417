// Status-bar label: "N of M entities, K of L relations" for the filtered and the whole graph.
#pragma once

#include <QLabel>

namespace newsgraph::ui {

class GraphDocument;

class GraphCountsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit GraphCountsLabel(GraphDocument* document, QWidget* parent = nullptr);

private:
    void showCounts();

    GraphDocument* document_;
};

} // namespace newsgraph::ui
