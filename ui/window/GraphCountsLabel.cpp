// Status-bar label with entity and relation counts.
#include "GraphCountsLabel.h"

#include "document/GraphDocument.h"

namespace newsgraph::ui {

GraphCountsLabel::GraphCountsLabel(GraphDocument* document, QWidget* parent) : QLabel(parent), document_(document)
{
    setObjectName(QStringLiteral("graphCounts"));
    connect(document_, &GraphDocument::graphChanged, this, &GraphCountsLabel::showCounts);
    connect(document_, &GraphDocument::graphLoaded, this, &GraphCountsLabel::showCounts);
    showCounts();
}

void GraphCountsLabel::showCounts()
{
    const auto& all = document_->graph();
    const auto& shown = document_->filteredGraph();
    setText(tr("%1 of %2 entities, %3 of %4 relations")
                .arg(shown.entities.size())
                .arg(all.entities.size())
                .arg(shown.relations.size())
                .arg(all.relations.size()));
}

} // namespace newsgraph::ui
