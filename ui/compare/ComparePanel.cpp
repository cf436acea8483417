// "What changed" dock.
#include "ComparePanel.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "models/OntologyLabels.h"
#include "store/GraphStore.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace newsgraph::ui {
namespace {

QString relationText(const core::RelationChange& change)
{
    return QStringLiteral("%1 —%2→ %3")
        .arg(QString::fromStdString(change.sourceName), relationTypeLabel(change.key.type),
             QString::fromStdString(change.targetName));
}

QString amountsText(const std::vector<core::Amount>& amounts)
{
    QStringList parts;
    for (const auto& amount : amounts)
        parts << QString::fromStdString(amount.asWritten);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

QTreeWidgetItem* addGroup(QTreeWidget* tree, const QString& title, int count)
{
    auto* group = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    group->setFirstColumnSpanned(true);
    group->setExpanded(count > 0 && count <= 50);
    return group;
}

} // namespace

ComparePanel::ComparePanel(GraphDocument* document, GraphCanvas* canvas, QWidget* parent)
    : QWidget(parent), document_(document), canvas_(canvas), heading_(new QLabel(this)),
      highlight_(new QCheckBox(tr("Highlight new items on the canvas"), this)), tree_(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("comparePanel"));
    heading_->setWordWrap(true);
    heading_->setText(tr("File → Compare with Database… lists what changed since a snapshot or in another database."));
    highlight_->setChecked(true);
    tree_->setObjectName(QStringLiteral("compareTree"));
    tree_->setHeaderLabels({tr("Change"), tr("Detail")});
    tree_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(highlight_);
    layout->addWidget(tree_, 1);
    connect(highlight_, &QCheckBox::toggled, this, &ComparePanel::applyHighlight);
    // Selecting something clears the canvas highlight (CanvasSync); put the new items back.
    connect(document_, &GraphDocument::selectionChanged, this, [this] {
        if (document_->selectedRelation() == 0)
            applyHighlight();
    });
    connect(document_, &GraphDocument::graphChanged, this, &ComparePanel::applyHighlight);
    connect(document_, &GraphDocument::databaseChanged, this, [this] {
        compared_ = false;
        diff_ = {};
        tree_->clear();
    });
}

bool ComparePanel::compareWith(const QString& otherDatabase, QString* error)
{
    if (QFileInfo(otherDatabase).canonicalFilePath() == QFileInfo(document_->databasePath()).canonicalFilePath()) {
        if (error)
            *error = tr("%1 is the open database").arg(otherDatabase);
        return false;
    }
    if (!QFileInfo::exists(otherDatabase)) {
        if (error)
            *error = tr("%1: no such file").arg(otherDatabase);
        return false;
    }
    auto store = core::GraphStore::open(QFile::encodeName(otherDatabase).toStdString(),
                                        core::GraphStore::OpenMode::ReadOnly);
    if (!store) {
        if (error)
            *error = QString::fromStdString(store.error().message);
        return false;
    }
    auto before = (*store)->loadGraph();
    if (!before) {
        if (error)
            *error = QString::fromStdString(before.error().message);
        return false;
    }
    diff_ = core::diffGraphs(*before, document_->graph());
    other_ = otherDatabase;
    compared_ = true;
    showDiff();
    applyHighlight();
    emit compared(otherDatabase);
    return true;
}

void ComparePanel::showDiff()
{
    tree_->clear();
    heading_->setText(diff_.empty() ? tr("No differences from %1.").arg(QFileInfo(other_).fileName())
                                    : tr("Changes since %1:").arg(QFileInfo(other_).fileName()));
    auto entityRows = [this](const QString& title, const std::vector<core::EntityChange>& changes) {
        auto* group = addGroup(tree_, title, static_cast<int>(changes.size()));
        for (const auto& change : changes)
            new QTreeWidgetItem(group, {QString::fromStdString(change.name), entityTypeLabel(change.type)});
    };
    auto relationRows = [this](const QString& title, const std::vector<core::RelationChange>& changes) {
        auto* group = addGroup(tree_, title, static_cast<int>(changes.size()));
        for (const auto& change : changes)
            new QTreeWidgetItem(group, {relationText(change), relationTypeLabel(change.key.type)});
    };
    entityRows(tr("New entities"), diff_.addedEntities);
    entityRows(tr("Removed entities"), diff_.removedEntities);
    relationRows(tr("New relations"), diff_.addedRelations);
    relationRows(tr("Removed relations"), diff_.removedRelations);
    auto* amounts = addGroup(tree_, tr("Changed amounts"), static_cast<int>(diff_.changedAmounts.size()));
    for (const auto& change : diff_.changedAmounts)
        new QTreeWidgetItem(amounts, {relationText(change.relation),
                                      QStringLiteral("%1 → %2").arg(amountsText(change.before), amountsText(change.after))});
    auto* outlets = addGroup(tree_, tr("New corroborating outlets"), static_cast<int>(diff_.newCorroboration.size()));
    for (const auto& change : diff_.newCorroboration) {
        QStringList names;
        for (const auto& outlet : change.newOutlets)
            names << QString::fromStdString(outlet);
        new QTreeWidgetItem(outlets, {relationText(change.relation), names.join(QStringLiteral(", "))});
    }
    tree_->resizeColumnToContents(0);
}

QSet<core::EntityId> ComparePanel::newEntityIds() const
{
    std::map<std::string, core::EntityId> byKey;
    for (const auto& entity : document_->graph().entities)
        byKey[entity.key] = entity.id;
    QSet<core::EntityId> ids;
    for (const auto& change : diff_.addedEntities)
        if (const auto it = byKey.find(change.key); it != byKey.end())
            ids.insert(it->second);
    return ids;
}

QSet<core::RelationId> ComparePanel::newRelationIds() const
{
    std::set<core::RelationKey> added;
    for (const auto& change : diff_.addedRelations)
        added.insert(change.key);
    const core::GraphData& graph = document_->graph();
    QSet<core::RelationId> ids;
    for (const auto& relation : graph.relations) {
        const auto* source = graph.entity(relation.source);
        const auto* target = graph.entity(relation.target);
        if (!source || !target)
            continue;
        if (added.contains({relation.type, source->key, target->key})
            || added.contains({relation.type, target->key, source->key}))
            ids.insert(relation.id);
    }
    return ids;
}

void ComparePanel::applyHighlight()
{
    if (!compared_)
        return;
    if (!highlight_->isChecked()) {
        canvas_->clearHighlight();
        return;
    }
    canvas_->setHighlight(newEntityIds(), newRelationIds());
}

} // namespace newsgraph::ui
