// One curation edit on the undo stack.
#include "CurationCommand.h"

#include "document/GraphDocument.h"

#include <QtGlobal>

namespace newsgraph::ui {
namespace {

// Undo/redo cannot fail visibly (QUndoCommand has no error channel); the database is local and
// was writable a moment ago, so a failure here is rare enough for a warning.
void warnIfFailed(const core::Result<void>& result, const char* what)
{
    if (!result)
        qWarning("curation %s failed: %s", what, result.error().message.c_str());
}

} // namespace

core::Result<std::unique_ptr<CurationCommand>> CurationCommand::apply(GraphDocument* document,
                                                                      const core::CurationEdit& edit,
                                                                      const QString& text)
{
    core::GraphStore* store = document ? document->store() : nullptr;
    if (!store)
        return core::fail(core::Error::Kind::InvalidInput, "curation: no database is open");
    auto id = store->addCuration(edit);
    if (!id)
        return std::unexpected(id.error());
    if (auto reloaded = document->reload(); !reloaded) {
        (void)store->removeCuration(*id);
        return std::unexpected(reloaded.error());
    }
    return std::unique_ptr<CurationCommand>(new CurationCommand(document, edit, *id, text));
}

CurationCommand::CurationCommand(GraphDocument* document, const core::CurationEdit& edit, std::int64_t storedId,
                                 const QString& text)
    : QUndoCommand(text), document_(document), edit_(edit), storedId_(storedId)
{
}

void CurationCommand::undo()
{
    core::GraphStore* store = document_->store();
    if (!store)
        return;
    warnIfFailed(store->removeCuration(storedId_), "undo");
    warnIfFailed(document_->reload(), "reload");
}

void CurationCommand::redo()
{
    if (firstRedo_) {
        firstRedo_ = false;
        return;
    }
    core::GraphStore* store = document_->store();
    if (!store)
        return;
    if (auto id = store->addCuration(edit_); id)
        storedId_ = *id;
    else
        qWarning("curation redo failed: %s", id.error().message.c_str());
    warnIfFailed(document_->reload(), "reload");
}

} // namespace newsgraph::ui
