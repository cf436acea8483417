// Status-bar strip showing a running import: current file, a progress bar and a Cancel button.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace newsgraph::ui {

class ImportTask;

class ImportProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressBar(ImportTask* task, QWidget* parent = nullptr);

private:
    void showProgress(int done, int total, const QString& currentFile);

    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancelButton_;
};

} // namespace newsgraph::ui
