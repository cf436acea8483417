// The Curate menu and the right-click menus of the canvas and inspector.
#include "CurationMenu.h"

#include "AddEntityDialog.h"
#include "AddRelationDialog.h"
#include "CurationActions.h"
#include "MergeSuggestionsDialog.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "models/OntologyLabels.h"

#include <QInputDialog>
#include <QUndoStack>

#include <algorithm>

namespace newsgraph::ui {

CurationMenu::CurationMenu(CurationActions* actions, QWidget* parent)
    : QMenu(tr("&Curate"), parent), actions_(actions), document_(actions->document())
{
    setObjectName(QStringLiteral("curateMenu"));
    rename_ = addAction(tr("&Rename Entity…"), this, &CurationMenu::promptRename);
    rename_->setShortcut(Qt::Key_F2);
    retype_ = addAction(tr("Change &Type…"), this, &CurationMenu::promptRetype);
    merge_ = addAction(tr("&Merge Selected Entities"), this, &CurationMenu::mergeSelection);
    split_ = addAction(tr("&Split Alias Off…"), this, &CurationMenu::promptSplit);
    remove_ = addAction(tr("Re&move Entity"), this, &CurationMenu::removeSelection);
    addSeparator();
    reject_ = addAction(tr("Re&ject Relation"), this, [this] { reviewSelection(static_cast<int>(core::ReviewState::Rejected)); });
    verify_ = addAction(tr("Mark Relation &Verified"), this, [this] { reviewSelection(static_cast<int>(core::ReviewState::Verified)); });
    dispute_ = addAction(tr("Mark Relation &Disputed"), this, [this] { reviewSelection(static_cast<int>(core::ReviewState::Disputed)); });
    addSeparator();
    addEntity_ = addAction(tr("Add &Entity…"), this, &CurationMenu::promptAddEntity);
    addRelation_ = addAction(tr("Add Re&lation…"), this, &CurationMenu::promptAddRelation);
    addSeparator();
    suggestions_ = addAction(tr("Merge S&uggestions…"), this, &CurationMenu::showSuggestions);

    connect(document_, &GraphDocument::selectionChanged, this, &CurationMenu::updateActions);
    connect(document_, &GraphDocument::databaseChanged, this, &CurationMenu::updateActions);
    connect(document_, &GraphDocument::graphLoaded, this, &CurationMenu::updateActions);
    updateActions();
}

void CurationMenu::updateActions()
{
    const bool open = document_->isOpen();
    const auto entities = document_->selectedEntities().size();
    const bool oneEntity = open && entities == 1;
    const bool relation = open && document_->selectedRelation() != 0;
    rename_->setEnabled(oneEntity);
    retype_->setEnabled(oneEntity);
    remove_->setEnabled(oneEntity);
    const auto* entity = oneEntity ? actions_->entity(document_->selectedEntities().front()) : nullptr;
    split_->setEnabled(entity && !entity->aliases.empty());
    merge_->setEnabled(open && entities >= 2);
    addRelation_->setEnabled(open && entities >= 2);
    addEntity_->setEnabled(open);
    suggestions_->setEnabled(open);
    reject_->setEnabled(relation);
    verify_->setEnabled(relation);
    dispute_->setEnabled(relation);
}

void CurationMenu::fillSelectionMenu(QMenu* menu) const
{
    if (document_->selectedRelation() != 0) {
        menu->addActions({verify_, dispute_, reject_});
    } else if (document_->selectedEntities().size() == 1) {
        menu->addActions({rename_, retype_, split_, remove_});
    } else if (document_->selectedEntities().size() > 1) {
        menu->addActions({merge_, addRelation_});
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addActions({addEntity_, suggestions_});
}

void CurationMenu::attachTo(GraphCanvas* canvas)
{
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint& pos) {
        if (const int node = canvas->nodeAt(pos); node >= 0) {
            const core::EntityId id = canvas->graph().nodes[static_cast<std::size_t>(node)].id;
            if (!document_->selectedEntities().contains(id))
                document_->selectEntity(id);
        } else if (const int edge = canvas->edgeAt(pos); edge >= 0) {
            document_->selectRelation(canvas->graph().edges[static_cast<std::size_t>(edge)].id);
        }
        QMenu menu;
        fillSelectionMenu(&menu);
        menu.exec(canvas->mapToGlobal(pos));
    });
}

void CurationMenu::attachToSelectionView(QWidget* widget)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(widget, &QWidget::customContextMenuRequested, this, [this, widget](const QPoint& pos) {
        QMenu menu;
        fillSelectionMenu(&menu);
        menu.exec(widget->mapToGlobal(pos));
    });
}

void CurationMenu::promptRename()
{
    if (document_->selectedEntities().size() != 1)
        return;
    const core::EntityId id = document_->selectedEntities().front();
    const auto* entity = actions_->entity(id);
    if (!entity)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Rename Entity"), tr("New name:"), QLineEdit::Normal,
                                               displayName(*entity), &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != displayName(*entity))
        (void)actions_->renameEntity(id, name);
}

void CurationMenu::promptRetype()
{
    if (document_->selectedEntities().size() != 1)
        return;
    const core::EntityId id = document_->selectedEntities().front();
    const auto* entity = actions_->entity(id);
    if (!entity)
        return;
    QStringList labels;
    for (auto type : core::allEntityTypes)
        labels << entityTypeLabel(type);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parentWidget(), tr("Change Type"), tr("Type of %1:").arg(displayName(*entity)),
                                                 labels, static_cast<int>(entity->type), false, &ok);
    const auto index = labels.indexOf(chosen);
    if (ok && index >= 0 && core::allEntityTypes[static_cast<std::size_t>(index)] != entity->type)
        (void)actions_->retypeEntity(id, core::allEntityTypes[static_cast<std::size_t>(index)]);
}

// The best-attested entity survives, as in the merge suggestions; the others merge into it in one
// undo step, because the user chose them together in one action.
void CurationMenu::mergeSelection()
{
    QList<const core::EntityRecord*> entities;
    for (auto id : document_->selectedEntities())
        if (const auto* entity = actions_->entity(id))
            entities.append(entity);
    if (entities.size() < 2)
        return;
    std::stable_sort(entities.begin(), entities.end(),
                     [](const auto* a, const auto* b) { return a->mentions > b->mentions; });
    const core::EntityId survivor = entities.front()->id;
    QList<core::EntityId> merged;
    for (qsizetype i = 1; i < entities.size(); ++i)
        merged.append(entities[i]->id);
    document_->undoStack()->beginMacro(
        tr("Merge %n entities into %1", nullptr, static_cast<int>(merged.size())).arg(displayName(*entities.front())));
    for (auto id : std::as_const(merged))
        if (!actions_->mergeEntities(survivor, id))
            break;
    document_->undoStack()->endMacro();
    document_->selectEntity(survivor);
}

void CurationMenu::promptSplit()
{
    if (document_->selectedEntities().size() != 1)
        return;
    const core::EntityId id = document_->selectedEntities().front();
    const auto* entity = actions_->entity(id);
    if (!entity || entity->aliases.empty())
        return;
    QStringList aliases;
    for (const auto& alias : entity->aliases)
        aliases << QString::fromStdString(alias);
    bool ok = false;
    const QString alias = QInputDialog::getItem(parentWidget(), tr("Split Alias Off"),
                                                tr("Alias of %1 that names another entity:").arg(displayName(*entity)),
                                                aliases, 0, false, &ok);
    if (ok && !alias.isEmpty())
        (void)actions_->splitAlias(id, alias);
}

void CurationMenu::removeSelection()
{
    if (document_->selectedEntities().size() == 1)
        (void)actions_->removeEntity(document_->selectedEntities().front());
}

void CurationMenu::promptAddEntity()
{
    AddEntityDialog dialog(parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        (void)actions_->addEntity(dialog.name(), dialog.type(), dialog.note());
}

void CurationMenu::promptAddRelation()
{
    QList<const core::EntityRecord*> entities;
    for (auto id : document_->selectedEntities())
        if (const auto* entity = actions_->entity(id))
            entities.append(entity);
    if (entities.size() < 2)
        return;
    AddRelationDialog dialog(entities, parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        (void)actions_->addRelation(dialog.source(), dialog.target(), dialog.type(), dialog.note());
}

void CurationMenu::reviewSelection(int state)
{
    const core::RelationId relation = document_->selectedRelation();
    if (relation == 0)
        return;
    const auto review = static_cast<core::ReviewState>(state);
    if (review == core::ReviewState::Rejected)
        (void)actions_->rejectRelation(relation);
    else
        (void)actions_->setReview(relation, review);
}

void CurationMenu::showSuggestions()
{
    auto* dialog = new MergeSuggestionsDialog(actions_, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace newsgraph::ui
