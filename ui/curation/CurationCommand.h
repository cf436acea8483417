// One curation edit on the undo stack: stored in the database's curation table, removed again on undo.
#pragma once

#include "model/Error.h"
#include "store/GraphStore.h"

#include <QUndoCommand>

#include <cstdint>
#include <memory>

namespace newsgraph::ui {

class GraphDocument;

// Every kind of edit (rename, merge, reject, review, add, remove, ...) is this one command: the
// store knows how to apply each kind, so undo is simply "forget the edit" and reload the graph.
// The edit is stored when the command is made (so a failure can be reported before anything is
// pushed); the stack's first redo() is therefore a no-op.
class CurationCommand : public QUndoCommand
{
public:
    // Stores the edit and reloads the document; the command is ready to push.
    static core::Result<std::unique_ptr<CurationCommand>> apply(GraphDocument* document, const core::CurationEdit& edit,
                                                                const QString& text);

    void undo() override;
    void redo() override;

    const core::CurationEdit& edit() const { return edit_; }
    std::int64_t storedId() const { return storedId_; }

private:
    CurationCommand(GraphDocument* document, const core::CurationEdit& edit, std::int64_t storedId, const QString& text);

    GraphDocument* document_;
    core::CurationEdit edit_;
    std::int64_t storedId_;
    bool firstRedo_ = true;
};

} // namespace newsgraph::ui
