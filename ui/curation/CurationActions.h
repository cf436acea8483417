// The curation edits the window offers, by entity and relation id: each becomes one CurationCommand.
#pragma once

#include "model/EntityType.h"
#include "model/Error.h"
#include "model/GraphData.h"
#include "model/RelationType.h"
#include "store/GraphStore.h"

#include <QObject>
#include <QString>

namespace newsgraph::ui {

class GraphDocument;

// Ids are those of the document's graph; the edits name entities by their stable keys so they
// survive re-ingestion. Every call pushes at most one undo command; failures come back as errors
// (and as failed(), for the status bar).
class CurationActions : public QObject
{
    Q_OBJECT

public:
    explicit CurationActions(GraphDocument* document, QObject* parent = nullptr);

    GraphDocument* document() const { return document_; }

    core::Result<void> renameEntity(core::EntityId entity, const QString& name, const QString& note = {});
    core::Result<void> retypeEntity(core::EntityId entity, core::EntityType type, const QString& note = {});
    // `merged` disappears into `survivor`, which takes its aliases, mentions and relations.
    core::Result<void> mergeEntities(core::EntityId survivor, core::EntityId merged, const QString& note = {});
    core::Result<void> splitAlias(core::EntityId entity, const QString& alias, const QString& note = {});
    core::Result<void> removeEntity(core::EntityId entity, const QString& note = {});
    core::Result<void> addEntity(const QString& name, core::EntityType type, const QString& note = {});
    core::Result<void> addRelation(core::EntityId source, core::EntityId target, core::RelationType type,
                                   const QString& note = {});
    core::Result<void> rejectRelation(core::RelationId relation, const QString& note = {});
    core::Result<void> setReview(core::RelationId relation, core::ReviewState state, const QString& note = {});
    // Undoes a rejection found in the curation log (the relation is hidden, so no id names it).
    core::Result<void> restoreRelation(const core::CurationEdit& rejection, const QString& note = {});

    // The generic path: stores the edit as one undoable command with `text` as its undo label.
    core::Result<void> push(core::CurationEdit edit, const QString& text, const QString& note = {});

    const core::EntityRecord* entity(core::EntityId id) const;
    const core::RelationRecord* relation(core::RelationId id) const;

signals:
    void failed(const QString& message);

private:
    core::Result<const core::EntityRecord*> requireEntity(core::EntityId id) const;
    core::Result<const core::RelationRecord*> requireRelation(core::RelationId id) const;

    GraphDocument* document_;
};

QString displayName(const core::EntityRecord& entity);

} // namespace newsgraph::ui
