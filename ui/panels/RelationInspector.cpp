// Inspector page for one relation.
#include "RelationInspector.h"

#include "document/GraphDocument.h"
#include "models/EvidenceModel.h"
#include "models/EvidenceSummary.h"
#include "models/OntologyLabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace newsgraph::ui {
namespace {

QString reviewLabel(core::ReviewState state)
{
    switch (state) {
    case core::ReviewState::Verified: return RelationInspector::tr("verified");
    case core::ReviewState::Disputed: return RelationInspector::tr("disputed");
    case core::ReviewState::Rejected: return RelationInspector::tr("rejected");
    case core::ReviewState::Unreviewed: break;
    }
    return RelationInspector::tr("not reviewed");
}

} // namespace

RelationInspector::RelationInspector(GraphDocument* document, QWidget* parent)
    : QWidget(parent), document_(document), title_(new QLabel(this)), sourceButton_(new QPushButton(this)),
      targetButton_(new QPushButton(this)), summary_(new QLabel(this)), warning_(new QLabel(this)),
      evidence_(new EvidenceModel(this)), evidenceView_(new QTreeView(this))
{
    title_->setObjectName(QStringLiteral("relationTitle"));
    QFont bold = title_->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    title_->setFont(bold);
    sourceButton_->setObjectName(QStringLiteral("relationSource"));
    targetButton_->setObjectName(QStringLiteral("relationTarget"));
    summary_->setObjectName(QStringLiteral("relationSummary"));
    summary_->setWordWrap(true);
    warning_->setObjectName(QStringLiteral("relationWarning"));
    warning_->setWordWrap(true);
    warning_->setStyleSheet(QStringLiteral("QLabel { color: #b04000; }"));
    evidenceView_->setObjectName(QStringLiteral("evidenceList"));
    evidenceView_->setModel(evidence_);
    evidenceView_->setRootIsDecorated(false);
    evidenceView_->setWordWrap(true);
    evidenceView_->header()->setSectionResizeMode(QHeaderView::Interactive);
    evidenceView_->header()->resizeSection(EvidenceModel::SentenceColumn, 360);
    auto* open = new QPushButton(tr("Open article"), this);
    open->setObjectName(QStringLiteral("openEvidence"));

    auto* ends = new QHBoxLayout;
    ends->addWidget(sourceButton_);
    ends->addWidget(new QLabel(QStringLiteral("—"), this));
    ends->addWidget(targetButton_);
    ends->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(ends);
    layout->addWidget(summary_);
    layout->addWidget(warning_);
    layout->addWidget(evidenceView_, 1);
    layout->addWidget(open, 0, Qt::AlignRight);

    connect(sourceButton_, &QPushButton::clicked, this, [this] { document_->selectEntity(source_); });
    connect(targetButton_, &QPushButton::clicked, this, [this] { document_->selectEntity(target_); });
    connect(evidenceView_, &QTreeView::activated, this, &RelationInspector::openCurrentEvidence);
    connect(open, &QPushButton::clicked, this, &RelationInspector::openCurrentEvidence);
}

void RelationInspector::showRelation(core::RelationId relation)
{
    relation_ = relation;
    const auto& graph = document_->filteredGraph();
    evidence_->setRelation(graph, relation);
    const auto it = std::find_if(graph.relations.begin(), graph.relations.end(),
                                 [relation](const core::RelationRecord& r) { return r.id == relation; });
    if (it == graph.relations.end()) {
        title_->clear();
        summary_->clear();
        warning_->hide();
        return;
    }
    source_ = it->source;
    target_ = it->target;
    const auto name = [&graph](core::EntityId id) {
        const auto* entity = graph.entity(id);
        return entity ? QString::fromStdString(entity->name) : QString::number(id);
    };
    title_->setText(relationTypeLabel(it->type));
    sourceButton_->setText(name(source_));
    targetButton_->setText(name(target_));

    const auto summary = EvidenceSummary::of(*it, graph);
    QString text = tr("%n sentence(s)", nullptr, static_cast<int>(it->evidence.size())) + QStringLiteral(" · ")
        + tr("%n article(s)", nullptr, summary.articles) + QStringLiteral(" · ")
        + tr("%n independent outlet(s)", nullptr, summary.outlets) + QStringLiteral(" · ") + reviewLabel(it->review);
    if (!it->note.empty())
        text += QLatin1Char('\n') + QString::fromStdString(it->note);
    summary_->setText(text);

    QStringList warnings;
    if (summary.amountsDisagree)
        warnings << tr("The articles state different amounts: %1").arg(summary.amounts.join(QStringLiteral(" / ")));
    if (summary.datesDisagree)
        warnings << tr("The articles state different dates: %1").arg(summary.dates.join(QStringLiteral(" / ")));
    warning_->setText(warnings.join(QLatin1Char('\n')));
    warning_->setVisible(!warnings.isEmpty());
    if (evidence_->rowCount() > 0)
        evidenceView_->setCurrentIndex(evidence_->index(0, 0));
}

void RelationInspector::openCurrentEvidence()
{
    const QModelIndex current = evidenceView_->currentIndex();
    if (!current.isValid())
        return;
    emit evidenceActivated(current.data(EvidenceModel::ArticleIdRole).toLongLong(),
                           current.data(EvidenceModel::SentenceIndexRole).toInt());
}

} // namespace newsgraph::ui
