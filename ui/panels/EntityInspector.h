// Inspector page for one entity: name, type, aliases, measures and its relations grouped by type.
#pragma once

#include "model/GraphData.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace newsgraph::ui {

class GraphDocument;
class RelationTreeModel;

class EntityInspector : public QWidget
{
    Q_OBJECT

public:
    explicit EntityInspector(GraphDocument* document, QWidget* parent = nullptr);

    void showEntity(core::EntityId entity);
    core::EntityId entity() const { return entity_; }
    RelationTreeModel* relationModel() const { return relations_; }
    QTreeView* relationView() const { return relationView_; }

private:
    void showMeasures();

    GraphDocument* document_;
    core::EntityId entity_ = 0;
    QLabel* title_;
    QLabel* details_;
    QLabel* measures_;
    RelationTreeModel* relations_;
    QTreeView* relationView_;
};

} // namespace newsgraph::ui
