// The "Export image" dialog (Ctrl+E): file, scope, pixel or physical size, background, title, legend, sources.
#pragma once

#include "render/ExportOptions.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace newsgraph::ui {

class GraphCanvas;

// Exports what the canvas shows (its graph, positions, highlight and view) on a worker thread, so a big
// PDF never freezes the window. `sources` are the articles behind the shown graph (sourceArticles()).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const GraphCanvas* canvas, std::vector<SourceArticle> sources, QWidget* parent = nullptr);

    ExportOptions options() const;
    QString path() const;
    void setPath(const QString& path);

signals:
    void exported(const QString& path);

private:
    void browse();
    void updateSizeLabel();
    void startExport();
    void exportFinished();
    void copyToClipboard();

    const GraphCanvas* canvas_;
    std::vector<SourceArticle> sources_;
    QLineEdit* path_;
    QRadioButton* currentView_;
    QRadioButton* wholeGraph_;
    QRadioButton* bySize_;
    QRadioButton* byPrint_;
    QSpinBox* pixelWidth_;
    QDoubleSpinBox* widthMm_;
    QSpinBox* dpi_;
    QLabel* sizeLabel_;
    QCheckBox* transparent_;
    QLineEdit* title_;
    QCheckBox* legend_;
    QCheckBox* labels_;
    QCheckBox* listSources_;
    QPushButton* exportButton_;
    QFutureWatcher<QString> watcher_; // the error message, empty on success
};

} // namespace newsgraph::ui
