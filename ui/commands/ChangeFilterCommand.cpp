// Undoable change of the document's filter.
#include "ChangeFilterCommand.h"

#include "document/GraphDocument.h"

#include <utility>

namespace newsgraph::ui {

ChangeFilterCommand::ChangeFilterCommand(GraphDocument* document, core::GraphFilter before, core::GraphFilter after,
                                         int mergeId, const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)), mergeId_(mergeId)
{
}

void ChangeFilterCommand::undo()
{
    document_->applyFilter(before_);
}

void ChangeFilterCommand::redo()
{
    document_->applyFilter(after_);
}

bool ChangeFilterCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeFilterCommand*>(other); // same id() means same class
    if (next->document_ != document_)
        return false;
    after_ = next->after_;
    setObsolete(after_ == before_); // dragged back to where it started: nothing to undo
    return true;
}

} // namespace newsgraph::ui
