// The curation edits the window offers.
#include "CurationActions.h"

#include "CurationCommand.h"

#include "document/GraphDocument.h"
#include "models/OntologyLabels.h"
#include "store/CurationEdits.h"

#include <QUndoStack>

#include <algorithm>
#include <string>

namespace newsgraph::ui {
namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

} // namespace

QString displayName(const core::EntityRecord& entity)
{
    return QString::fromStdString(entity.name);
}

CurationActions::CurationActions(GraphDocument* document, QObject* parent) : QObject(parent), document_(document)
{
}

const core::EntityRecord* CurationActions::entity(core::EntityId id) const
{
    return document_->graph().entity(id);
}

const core::RelationRecord* CurationActions::relation(core::RelationId id) const
{
    const auto& relations = document_->graph().relations;
    const auto it = std::find_if(relations.begin(), relations.end(),
                                 [id](const core::RelationRecord& r) { return r.id == id; });
    return it == relations.end() ? nullptr : &*it;
}

core::Result<const core::EntityRecord*> CurationActions::requireEntity(core::EntityId id) const
{
    if (const auto* found = entity(id))
        return found;
    return core::fail(core::Error::Kind::NotFound, "curation: entity " + std::to_string(id) + " is not in the graph");
}

core::Result<const core::RelationRecord*> CurationActions::requireRelation(core::RelationId id) const
{
    if (const auto* found = relation(id))
        return found;
    return core::fail(core::Error::Kind::NotFound, "curation: relation " + std::to_string(id) + " is not in the graph");
}

core::Result<void> CurationActions::push(core::CurationEdit edit, const QString& text, const QString& note)
{
    if (!note.isEmpty())
        edit.note = utf8(note);
    auto command = CurationCommand::apply(document_, edit, text);
    if (!command) {
        emit failed(QString::fromStdString(command.error().message));
        return std::unexpected(command.error());
    }
    document_->undoStack()->push(command->release());
    return {};
}

core::Result<void> CurationActions::renameEntity(core::EntityId id, const QString& name, const QString& note)
{
    auto found = requireEntity(id);
    if (!found)
        return std::unexpected(found.error());
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return core::fail(core::Error::Kind::InvalidInput, "curation: a name cannot be empty");
    return push(core::curation::renameEntity((*found)->key, utf8(trimmed)),
                tr("Rename %1 to %2").arg(displayName(**found), trimmed), note);
}

core::Result<void> CurationActions::retypeEntity(core::EntityId id, core::EntityType type, const QString& note)
{
    auto found = requireEntity(id);
    if (!found)
        return std::unexpected(found.error());
    return push(core::curation::retypeEntity((*found)->key, type),
                tr("Make %1 a %2").arg(displayName(**found), entityTypeLabel(type)), note);
}

core::Result<void> CurationActions::mergeEntities(core::EntityId survivor, core::EntityId merged, const QString& note)
{
    auto keep = requireEntity(survivor);
    if (!keep)
        return std::unexpected(keep.error());
    auto gone = requireEntity(merged);
    if (!gone)
        return std::unexpected(gone.error());
    if (survivor == merged)
        return core::fail(core::Error::Kind::InvalidInput, "curation: an entity cannot be merged into itself");
    return push(core::curation::mergeEntities((*keep)->key, (*gone)->key),
                tr("Merge %1 into %2").arg(displayName(**gone), displayName(**keep)), note);
}

core::Result<void> CurationActions::splitAlias(core::EntityId id, const QString& alias, const QString& note)
{
    auto found = requireEntity(id);
    if (!found)
        return std::unexpected(found.error());
    return push(core::curation::splitAlias((*found)->key, utf8(alias)),
                tr("Split %1 off %2").arg(alias, displayName(**found)), note);
}

core::Result<void> CurationActions::removeEntity(core::EntityId id, const QString& note)
{
    auto found = requireEntity(id);
    if (!found)
        return std::unexpected(found.error());
    return push(core::curation::removeEntity((*found)->key), tr("Remove %1").arg(displayName(**found)), note);
}

core::Result<void> CurationActions::addEntity(const QString& name, core::EntityType type, const QString& note)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return core::fail(core::Error::Kind::InvalidInput, "curation: a name cannot be empty");
    return push(core::curation::addEntity(utf8(trimmed), type), tr("Add %1").arg(trimmed), note);
}

core::Result<void> CurationActions::addRelation(core::EntityId source, core::EntityId target, core::RelationType type,
                                                const QString& note)
{
    auto from = requireEntity(source);
    if (!from)
        return std::unexpected(from.error());
    auto to = requireEntity(target);
    if (!to)
        return std::unexpected(to.error());
    return push(core::curation::addRelation((*from)->key, (*to)->key, type, utf8(note)),
                tr("Add %1 %2 %3").arg(displayName(**from), relationTypeLabel(type), displayName(**to)), note);
}

core::Result<void> CurationActions::rejectRelation(core::RelationId id, const QString& note)
{
    auto found = requireRelation(id);
    if (!found)
        return std::unexpected(found.error());
    const auto* source = entity((*found)->source);
    const auto* target = entity((*found)->target);
    if (!source || !target)
        return core::fail(core::Error::Kind::NotFound, "curation: relation " + std::to_string(id) + " has no ends");
    return push(core::curation::rejectRelation(source->key, target->key, (*found)->type),
                tr("Reject %1 %2 %3").arg(displayName(*source), relationTypeLabel((*found)->type), displayName(*target)),
                note);
}

core::Result<void> CurationActions::setReview(core::RelationId id, core::ReviewState state, const QString& note)
{
    auto found = requireRelation(id);
    if (!found)
        return std::unexpected(found.error());
    const auto* source = entity((*found)->source);
    const auto* target = entity((*found)->target);
    if (!source || !target)
        return core::fail(core::Error::Kind::NotFound, "curation: relation " + std::to_string(id) + " has no ends");
    const QString what = state == core::ReviewState::Verified ? tr("Verify %1 %2 %3")
        : state == core::ReviewState::Disputed               ? tr("Dispute %1 %2 %3")
                                                             : tr("Review %1 %2 %3");
    return push(core::curation::setReview(source->key, target->key, (*found)->type, state),
                what.arg(displayName(*source), relationTypeLabel((*found)->type), displayName(*target)), note);
}

core::Result<void> CurationActions::restoreRelation(const core::CurationEdit& rejection, const QString& note)
{
    if (rejection.kind != core::CurationEdit::Kind::RejectRelation)
        return core::fail(core::Error::Kind::InvalidInput, "curation: only a rejected relation can be restored");
    core::CurationEdit restore = rejection;
    restore.id = 0;
    restore.kind = core::CurationEdit::Kind::RestoreRelation;
    restore.note.clear();
    restore.createdAt.clear();
    return push(restore, tr("Restore relation"), note);
}

} // namespace newsgraph::ui
