// After an import: how many articles were added, replaced or unchanged, and every failed file with its reason.
#pragma once

#include <QDialog>

namespace newsgraph::ui {

struct ImportOutcome;

class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportReportDialog(const ImportOutcome& outcome, QWidget* parent = nullptr);

    // One line for the status bar: "Imported 3 articles (1 unchanged, 2 failed)".
    static QString summary(const ImportOutcome& outcome);
    // True when the user should see the dialog (failures or a fatal error), not just the summary.
    static bool needsAttention(const ImportOutcome& outcome);
};

} // namespace newsgraph::ui
