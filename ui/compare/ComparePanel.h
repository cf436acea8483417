// "What changed": the difference between another database (or a snapshot) and the open one, and its highlight.
#pragma once

#include "analysis/GraphDiff.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace newsgraph::ui {

class GraphCanvas;
class GraphDocument;

class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    ComparePanel(GraphDocument* document, GraphCanvas* canvas, QWidget* parent = nullptr);

    // Reads `otherDatabase` read-only as "before" and the open database as "after".
    // False (with *error naming the file) when it cannot be read.
    bool compareWith(const QString& otherDatabase, QString* error = nullptr);
    const core::GraphDiff& diff() const { return diff_; }
    QTreeWidget* tree() const { return tree_; }
    QCheckBox* highlightBox() const { return highlight_; }

    // Ids in the open graph of what is new: added entities, and ends + ids of added relations.
    QSet<core::EntityId> newEntityIds() const;
    QSet<core::RelationId> newRelationIds() const;

signals:
    void compared(const QString& otherDatabase);

private:
    void showDiff();
    void applyHighlight();

    GraphDocument* document_;
    GraphCanvas* canvas_;
    QLabel* heading_;
    QCheckBox* highlight_;
    QTreeWidget* tree_;
    QString other_;
    core::GraphDiff diff_;
    bool compared_ = false;
};

} // namespace newsgraph::ui
