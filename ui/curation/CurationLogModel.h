// The curation log as a table (time, kind, subject, note), newest first, re-read whenever the graph reloads.
#pragma once

#include "store/GraphStore.h"

#include <QAbstractTableModel>

#include <vector>

namespace newsgraph::ui {

class GraphDocument;

class CurationLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Subject, Note, ColumnCount };

    explicit CurationLogModel(GraphDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::CurationEdit& edit(int row) const { return edits_[static_cast<std::size_t>(row)]; }
    void refresh();

    static QString kindLabel(core::CurationEdit::Kind kind);

private:
    QString subject(const core::CurationEdit& edit) const;
    QString entityName(const std::string& key) const;

    GraphDocument* document_;
    std::vector<core::CurationEdit> edits_;
};

} // namespace newsgraph::ui
