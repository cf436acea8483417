// The import report dialog.
#include "ImportReportDialog.h"

#include "ImportTask.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace newsgraph::ui {

ImportReportDialog::ImportReportDialog(const ImportOutcome& outcome, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Import report"));
    setObjectName(QStringLiteral("importReportDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(summary(outcome), this);
    label->setWordWrap(true);
    layout->addWidget(label);

    if (!outcome.report.failures.empty()) {
        auto* failures = new QTreeWidget(this);
        failures->setObjectName(QStringLiteral("failureList"));
        failures->setHeaderLabels({tr("File"), tr("Reason")});
        failures->setRootIsDecorated(false);
        for (const auto& failure : outcome.report.failures) {
            auto* item = new QTreeWidgetItem(failures);
            item->setText(0, QString::fromStdU16String(failure.path.u16string()));
            item->setText(1, QString::fromStdString(failure.reason));
            item->setToolTip(1, item->text(1));
        }
        failures->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        layout->addWidget(failures);
        resize(720, 360);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ImportReportDialog::summary(const ImportOutcome& outcome)
{
    if (!outcome.fatalError.isEmpty())
        return tr("Import failed: %1").arg(outcome.fatalError);
    const auto& report = outcome.report;
    QString text = tr("Imported %n new article(s)", nullptr, static_cast<int>(report.added));
    QStringList details;
    if (report.replaced)
        details << tr("%n updated", nullptr, static_cast<int>(report.replaced));
    if (report.unchanged)
        details << tr("%n unchanged", nullptr, static_cast<int>(report.unchanged));
    if (!report.failures.empty())
        details << tr("%n failed", nullptr, static_cast<int>(report.failures.size()));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (report.cancelled)
        text += tr("; cancelled before the end");
    return text;
}

bool ImportReportDialog::needsAttention(const ImportOutcome& outcome)
{
    return !outcome.fatalError.isEmpty() || !outcome.report.failures.empty();
}

} // namespace newsgraph::ui
