// The inspector dock's contents: shows the selected entity or relation (or a hint when nothing is selected).
#pragma once

#include "model/GraphData.h"

#include <QStackedWidget>

class QLabel;

namespace newsgraph::ui {

class EntityInspector;
class GraphDocument;
class RelationInspector;

class InspectorPanel : public QStackedWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(GraphDocument* document, QWidget* parent = nullptr);

    EntityInspector* entityInspector() const { return entityPage_; }
    RelationInspector* relationInspector() const { return relationPage_; }

signals:
    void evidenceActivated(core::ArticleId article, int sentenceIndex);

private:
    void showSelection();

    GraphDocument* document_;
    QLabel* hintPage_;
    EntityInspector* entityPage_;
    RelationInspector* relationPage_;
};

} // namespace newsgraph::ui
