// Inspector page for one relation: type, endpoints, every evidence sentence, independent outlets, disagreements.
#pragma once

#include "model/GraphData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace newsgraph::ui {

class EvidenceModel;
class GraphDocument;

class RelationInspector : public QWidget
{
    Q_OBJECT

public:
    explicit RelationInspector(GraphDocument* document, QWidget* parent = nullptr);

    void showRelation(core::RelationId relation);
    core::RelationId relation() const { return relation_; }
    EvidenceModel* evidenceModel() const { return evidence_; }
    QTreeView* evidenceView() const { return evidenceView_; }

signals:
    // The user wants to read a sentence in its article.
    void evidenceActivated(core::ArticleId article, int sentenceIndex);

private:
    void openCurrentEvidence();

    GraphDocument* document_;
    core::RelationId relation_ = 0;
    core::EntityId source_ = 0;
    core::EntityId target_ = 0;
    QLabel* title_;
    QPushButton* sourceButton_;
    QPushButton* targetButton_;
    QLabel* summary_;
    QLabel* warning_;
    EvidenceModel* evidence_;
    QTreeView* evidenceView_;
};

} // namespace newsgraph::ui
