// The inspector dock's contents.
#include "InspectorPanel.h"

#include "EntityInspector.h"
#include "RelationInspector.h"

#include "document/GraphDocument.h"

#include <QLabel>

namespace newsgraph::ui {

InspectorPanel::InspectorPanel(GraphDocument* document, QWidget* parent)
    : QStackedWidget(parent), document_(document), hintPage_(new QLabel(this)),
      entityPage_(new EntityInspector(document, this)), relationPage_(new RelationInspector(document, this))
{
    setObjectName(QStringLiteral("inspectorPanel"));
    hintPage_->setAlignment(Qt::AlignCenter);
    hintPage_->setWordWrap(true);
    addWidget(hintPage_);
    addWidget(entityPage_);
    addWidget(relationPage_);

    connect(relationPage_, &RelationInspector::evidenceActivated, this, &InspectorPanel::evidenceActivated);
    connect(document_, &GraphDocument::selectionChanged, this, &InspectorPanel::showSelection);
    connect(document_, &GraphDocument::graphChanged, this, &InspectorPanel::showSelection);
    showSelection();
}

void InspectorPanel::showSelection()
{
    const auto& entities = document_->selectedEntities();
    if (document_->selectedRelation() != 0) {
        relationPage_->showRelation(document_->selectedRelation());
        setCurrentWidget(relationPage_);
    } else if (entities.size() == 1) {
        entityPage_->showEntity(entities.front());
        setCurrentWidget(entityPage_);
    } else {
        hintPage_->setText(entities.isEmpty()
                               ? tr("Select an entity or a relation to see its details and evidence.")
                               : tr("%n entities selected.", nullptr, static_cast<int>(entities.size())));
        setCurrentWidget(hintPage_);
    }
}

} // namespace newsgraph::ui
