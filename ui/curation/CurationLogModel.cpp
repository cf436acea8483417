// The curation log as a table.
#include "CurationLogModel.h"

#include "document/GraphDocument.h"
#include "models/OntologyLabels.h"
#include "store/CurationApplier.h"

#include <QDateTime>

#include <algorithm>

namespace newsgraph::ui {

CurationLogModel::CurationLogModel(GraphDocument* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document)
{
    connect(document_, &GraphDocument::graphLoaded, this, &CurationLogModel::refresh);
    refresh();
}

void CurationLogModel::refresh()
{
    beginResetModel();
    edits_.clear();
    if (auto* store = document_->store())
        if (auto log = store->curationLog())
            edits_ = std::move(*log);
    std::reverse(edits_.begin(), edits_.end()); // newest first: the edit just made is on top
    endResetModel();
}

int CurationLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(edits_.size());
}

int CurationLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CurationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Subject: return tr("Subject");
    case Note: return tr("Note");
    default: return {};
    }
}

QVariant CurationLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& edit = edits_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: {
            const auto time = QDateTime::fromString(QString::fromStdString(edit.createdAt), Qt::ISODate);
            return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString::fromStdString(edit.createdAt);
        }
        case Kind: return kindLabel(edit.kind);
        case Subject: return subject(edit);
        case Note: return QString::fromStdString(edit.note);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return QString::fromStdString(edit.entityKey + (edit.otherKey.empty() ? "" : " / " + edit.otherKey));
    return {};
}

QString CurationLogModel::kindLabel(core::CurationEdit::Kind kind)
{
    using K = core::CurationEdit::Kind;
    switch (kind) {
    case K::RenameEntity: return tr("Rename");
    case K::RetypeEntity: return tr("Change type");
    case K::MergeEntities: return tr("Merge");
    case K::SplitAlias: return tr("Split alias");
    case K::RejectRelation: return tr("Reject relation");
    case K::RestoreRelation: return tr("Restore relation");
    case K::SetReview: return tr("Review");
    case K::AddEntity: return tr("Add entity");
    case K::AddRelation: return tr("Add relation");
    case K::RemoveEntity: return tr("Remove entity");
    }
    return {};
}

// Keys of merged-away entities no longer name anything in the graph: the key itself is shown then.
QString CurationLogModel::entityName(const std::string& key) const
{
    for (const auto& entity : document_->graph().entities)
        if (entity.key == key)
            return QString::fromStdString(entity.name);
    return QString::fromStdString(key);
}

QString CurationLogModel::subject(const core::CurationEdit& edit) const
{
    using K = core::CurationEdit::Kind;
    const QString value = QString::fromStdString(edit.value);
    switch (edit.kind) {
    case K::RenameEntity: return tr("%1 → “%2”").arg(QString::fromStdString(edit.entityKey), value);
    case K::RetypeEntity: {
        const auto type = core::entityTypeFromString(edit.value);
        return tr("%1 → %2").arg(entityName(edit.entityKey), type ? entityTypeLabel(*type) : value);
    }
    case K::MergeEntities: return tr("%1 ← %2").arg(entityName(edit.entityKey), QString::fromStdString(edit.otherKey));
    case K::SplitAlias: return tr("%1 from %2").arg(value, entityName(edit.entityKey));
    case K::AddEntity: return value;
    case K::RemoveEntity: return QString::fromStdString(edit.entityKey);
    case K::RejectRelation:
    case K::RestoreRelation:
    case K::SetReview:
    case K::AddRelation: {
        const auto ref = core::store::parseRelationValue(edit.value);
        QString what = ref ? relationTypeLabel(ref->type) : value;
        if (ref && ref->state)
            what += QStringLiteral(" = ") + QString::fromUtf8(core::toString(*ref->state));
        return tr("%1 %2 %3").arg(entityName(edit.entityKey), what, entityName(edit.otherKey));
    }
    }
    return {};
}

} // namespace newsgraph::ui
