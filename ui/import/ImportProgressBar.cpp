// Status-bar strip showing a running import.
#include "ImportProgressBar.h"

#include "ImportTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace newsgraph::ui {

ImportProgressBar::ImportProgressBar(ImportTask* task, QWidget* parent)
    : QWidget(parent), label_(new QLabel(this)), bar_(new QProgressBar(this)), cancelButton_(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancelButton_);
    bar_->setMaximumWidth(200);
    bar_->setRange(0, 0); // busy until the first progress report (the extractor may be loading)
    cancelButton_->setText(tr("Cancel"));
    cancelButton_->setToolTip(tr("Stop importing after the current article"));
    hide();

    connect(task, &ImportTask::started, this, [this] {
        label_->setText(tr("Preparing import…"));
        bar_->setRange(0, 0);
        cancelButton_->setEnabled(true);
        show();
    });
    connect(task, &ImportTask::progressChanged, this, &ImportProgressBar::showProgress);
    connect(task, &ImportTask::finished, this, &ImportProgressBar::hide);
    connect(cancelButton_, &QToolButton::clicked, task, [this, task] {
        cancelButton_->setEnabled(false);
        label_->setText(tr("Cancelling…"));
        task->cancel();
    });
}

void ImportProgressBar::showProgress(int done, int total, const QString& currentFile)
{
    if (total > 0) {
        bar_->setRange(0, total);
        bar_->setValue(done);
    }
    if (cancelButton_->isEnabled())
        label_->setText(tr("Importing %1 (%2 of %3)").arg(currentFile).arg(done).arg(total));
}

} // namespace newsgraph::ui
