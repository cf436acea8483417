// Likely duplicate entities (core::suggestMerges) with the reason for each; accepting one merges the pair.
#pragma once

#include "analysis/MergeSuggestions.h"

#include <QDialog>

#include <vector>

class QTableWidget;
class QPushButton;

namespace newsgraph::ui {

class CurationActions;

class MergeSuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeSuggestionsDialog(CurationActions* actions, QWidget* parent = nullptr);

    const std::vector<core::MergeSuggestion>& suggestions() const { return suggestions_; }
    QTableWidget* table() const { return table_; }
    // Merges the suggestion in `row` (one undoable edit) and refreshes the list.
    bool acceptSuggestion(int row);

private:
    void refresh();

    CurationActions* actions_;
    std::vector<core::MergeSuggestion> suggestions_;
    QTableWidget* table_;
    QPushButton* merge_;
};

} // namespace newsgraph::ui
