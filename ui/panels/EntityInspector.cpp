// Inspector page for one entity.
#include "EntityInspector.h"

#include "document/GraphDocument.h"
#include "models/OntologyLabels.h"
#include "models/RelationTreeModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace newsgraph::ui {
namespace {

template <typename Value>
QString measure(const std::map<core::EntityId, Value>& values, core::EntityId entity, int decimals)
{
    const auto it = values.find(entity);
    if (it == values.end())
        return QStringLiteral("–");
    return QLocale().toString(static_cast<double>(it->second), 'f', decimals);
}

} // namespace

EntityInspector::EntityInspector(GraphDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), title_(new QLabel(this)), details_(new QLabel(this)),
      measures_(new QLabel(this)), relations_(new RelationTreeModel(this)), relationView_(new QTreeView(this))
{
    title_->setObjectName(QStringLiteral("entityTitle"));
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = title_->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    title_->setFont(bold);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    measures_->setObjectName(QStringLiteral("entityMeasures"));
    relationView_->setObjectName(QStringLiteral("entityRelations"));
    relationView_->setModel(relations_);
    relationView_->setUniformRowHeights(true);
    relationView_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(details_);
    layout->addWidget(measures_);
    layout->addWidget(relationView_, 1);

    // Activating a relation inspects it; the other end is one click away from there.
    connect(relationView_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const auto relation = index.data(RelationTreeModel::RelationIdRole).toLongLong();
        if (relation != 0)
            document_->selectRelation(relation);
    });
    connect(document_, &GraphDocument::measuresReady, this, &EntityInspector::showMeasures);
}

void EntityInspector::showEntity(core::EntityId entity)
{
    entity_ = entity;
    const auto& graph = document_->filteredGraph();
    const auto* record = graph.entity(entity);
    if (!record) {
        title_->clear();
        details_->clear();
        measures_->clear();
        relations_->setEntity(graph, 0);
        return;
    }
    title_->setText(QString::fromStdString(record->name));
    QStringList aliases;
    for (const auto& alias : record->aliases)
        aliases << QString::fromStdString(alias);
    QString details = tr("Type: %1").arg(entityTypeLabel(record->type));
    if (!aliases.isEmpty())
        details += QLatin1Char('\n') + tr("Also written: %1").arg(aliases.join(QStringLiteral(", ")));
    details += QLatin1Char('\n')
        + tr("%n mention(s)", nullptr, record->mentions) + QStringLiteral(", ")
        + tr("in %n article(s)", nullptr, static_cast<int>(record->articles.size()));
    details_->setText(details);
    relations_->setEntity(graph, entity);
    relationView_->expandAll();
    showMeasures();
}

void EntityInspector::showMeasures()
{
    if (entity_ == 0)
        return;
    const auto& measures = document_->measures();
    if (measures.isEmpty()) {
        measures_->setText(tr("Measures: computing…"));
        return;
    }
    const auto community = measures.communities.find(entity_);
    measures_->setText(tr("Degree %1 · Betweenness %2 · PageRank %3 · Community %4")
                           .arg(measure(measures.degree, entity_, 0), measure(measures.betweenness, entity_, 3),
                                measure(measures.pageRank, entity_, 4),
                                community == measures.communities.end() ? QStringLiteral("–")
                                                                        : QString::number(community->second + 1)));
}

} // namespace newsgraph::ui
