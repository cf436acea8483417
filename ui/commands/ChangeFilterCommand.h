// Undoable change of the document's filter; consecutive edits of one control merge into one step.
#pragma once

#include "graph/GraphFilter.h"

#include <QUndoCommand>

namespace newsgraph::ui {

class GraphDocument;

class ChangeFilterCommand : public QUndoCommand
{
public:
    // `mergeId` < 0: never merges; otherwise successive commands with the same id (one spin box
    // being dragged, say) become one undo step.
    ChangeFilterCommand(GraphDocument* document, core::GraphFilter before, core::GraphFilter after,
                        int mergeId, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    GraphDocument* document_;
    core::GraphFilter before_;
    core::GraphFilter after_;
    int mergeId_;
};

} // namespace newsgraph::ui
