// Likely duplicate entities with the reason for each.
#include "MergeSuggestionsDialog.h"

#include "CurationActions.h"

#include "document/GraphDocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace newsgraph::ui {

MergeSuggestionsDialog::MergeSuggestionsDialog(CurationActions* actions, QWidget* parent)
    : QDialog(parent), actions_(actions), table_(new QTableWidget(this)), merge_(new QPushButton(tr("&Merge"), this))
{
    setWindowTitle(tr("Merge Suggestions"));
    setObjectName(QStringLiteral("mergeSuggestionsDialog"));
    table_->setColumnCount(4);
    table_->setHorizontalHeaderLabels({tr("Keep"), tr("Merge into it"), tr("Score"), tr("Reason")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(merge_, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Entities that may be the same. Merging is undoable (Edit ▸ Undo)."), this));
    layout->addWidget(table_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(merge_, &QPushButton::clicked, this, [this] { acceptSuggestion(table_->currentRow()); });
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { acceptSuggestion(row); });
    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) { merge_->setEnabled(row >= 0); });
    resize(760, 420);
    refresh();
}

bool MergeSuggestionsDialog::acceptSuggestion(int row)
{
    if (row < 0 || row >= static_cast<int>(suggestions_.size()))
        return false;
    const auto& suggestion = suggestions_[static_cast<std::size_t>(row)];
    const bool merged = actions_->mergeEntities(suggestion.keep, suggestion.merge,
                                                QString::fromStdString(suggestion.reason))
                            .has_value();
    refresh();
    return merged;
}

void MergeSuggestionsDialog::refresh()
{
    const auto& graph = actions_->document()->graph();
    suggestions_ = core::suggestMerges(graph);
    table_->setRowCount(static_cast<int>(suggestions_.size()));
    for (int row = 0; row < static_cast<int>(suggestions_.size()); ++row) {
        const auto& suggestion = suggestions_[static_cast<std::size_t>(row)];
        const auto name = [&graph](core::EntityId id) {
            const auto* entity = graph.entity(id);
            return entity ? QString::fromStdString(entity->name) : QString::number(id);
        };
        table_->setItem(row, 0, new QTableWidgetItem(name(suggestion.keep)));
        table_->setItem(row, 1, new QTableWidgetItem(name(suggestion.merge)));
        table_->setItem(row, 2, new QTableWidgetItem(QString::number(suggestion.score, 'f', 2)));
        table_->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(suggestion.reason)));
    }
    table_->resizeColumnsToContents();
    merge_->setEnabled(table_->currentRow() >= 0);
}

} // namespace newsgraph::ui
