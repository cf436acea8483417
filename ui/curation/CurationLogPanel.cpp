// The "Curation log" dock.
#include "CurationLogPanel.h"

#include "CurationActions.h"
#include "CurationLogModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace newsgraph::ui {

CurationLogPanel::CurationLogPanel(CurationActions* actions, QWidget* parent)
    : QWidget(parent), actions_(actions), model_(new CurationLogModel(actions->document(), this)),
      view_(new QTableView(this)), restore_(new QPushButton(tr("Restore Relation"), this))
{
    setObjectName(QStringLiteral("curationLogPanel"));
    view_->setObjectName(QStringLiteral("curationLogView"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setWordWrap(false);
    restore_->setToolTip(tr("Show a rejected relation again (back to unreviewed)"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(restore_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view_);
    layout->addLayout(buttons);
    connect(restore_, &QPushButton::clicked, this, &CurationLogPanel::restoreCurrent);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CurationLogPanel::updateButtons);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        view_->resizeColumnsToContents();
        updateButtons();
    });
    updateButtons();
}

bool CurationLogPanel::restoreCurrent()
{
    const int row = view_->currentIndex().row();
    if (row < 0 || row >= model_->rowCount())
        return false;
    return actions_->restoreRelation(model_->edit(row)).has_value();
}

void CurationLogPanel::updateButtons()
{
    const int row = view_->currentIndex().row();
    restore_->setEnabled(row >= 0 && row < model_->rowCount()
                         && model_->edit(row).kind == core::CurationEdit::Kind::RejectRelation);
}

} // namespace newsgraph::ui
