#include "render/ExportDialog.h"

#include "canvas/GraphCanvas.h"
#include "render/ImageExporter.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace newsgraph::ui {

ExportDialog::ExportDialog(const GraphCanvas* canvas, std::vector<SourceArticle> sources, QWidget* parent)
    : QDialog(parent)
    , canvas_(canvas)
    , sources_(std::move(sources))
    , path_(new QLineEdit(QDir::home().filePath(QStringLiteral("newsgraph.png"))))
    , currentView_(new QRadioButton(tr("Current view")))
    , wholeGraph_(new QRadioButton(tr("Whole graph")))
    , bySize_(new QRadioButton(tr("Pixels")))
    , byPrint_(new QRadioButton(tr("Print size")))
    , pixelWidth_(new QSpinBox)
    , widthMm_(new QDoubleSpinBox)
    , dpi_(new QSpinBox)
    , sizeLabel_(new QLabel)
    , transparent_(new QCheckBox(tr("Transparent background (PNG, SVG)")))
    , title_(new QLineEdit)
    , legend_(new QCheckBox(tr("Legend")))
    , labels_(new QCheckBox(tr("Labels")))
    , listSources_(new QCheckBox(tr("List source articles (%1)").arg(sources_.size())))
    , exportButton_(new QPushButton(tr("Export")))
{
    setWindowTitle(tr("Export image"));
    auto* browse = new QPushButton(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse);

    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(wholeGraph_);
    scopeRow->addWidget(currentView_);
    wholeGraph_->setChecked(true);

    pixelWidth_->setRange(200, 20000);
    pixelWidth_->setValue(2400);
    pixelWidth_->setSuffix(QStringLiteral(" px"));
    widthMm_->setRange(20, 2000);
    widthMm_->setValue(180);
    widthMm_->setSuffix(QStringLiteral(" mm"));
    dpi_->setRange(72, 1200);
    dpi_->setValue(300);
    dpi_->setSuffix(QStringLiteral(" dpi"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(bySize_);
    sizeRow->addWidget(pixelWidth_);
    sizeRow->addSpacing(12);
    sizeRow->addWidget(byPrint_);
    sizeRow->addWidget(widthMm_);
    sizeRow->addWidget(dpi_);
    byPrint_->setChecked(true);
    auto* sizeGroup = new QButtonGroup(this);
    sizeGroup->addButton(bySize_);
    sizeGroup->addButton(byPrint_);

    legend_->setChecked(true);
    labels_->setChecked(true);
    listSources_->setChecked(!sources_.empty());
    listSources_->setEnabled(!sources_.empty());
    title_->setPlaceholderText(tr("No title"));

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Show:"), scopeRow);
    form->addRow(tr("Width:"), sizeRow);
    form->addRow(QString(), sizeLabel_);
    form->addRow(tr("Title:"), title_);
    form->addRow(QString(), legend_);
    form->addRow(QString(), labels_);
    form->addRow(QString(), listSources_);
    form->addRow(QString(), transparent_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto* copy = buttons->addButton(tr("Copy to clipboard"), QDialogButtonBox::ActionRole);
    buttons->addButton(exportButton_, QDialogButtonBox::AcceptRole);
    exportButton_->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(&watcher_, &QFutureWatcher<QString>::finished, this, &ExportDialog::exportFinished);
    for (QRadioButton* radio : {currentView_, wholeGraph_, bySize_, byPrint_})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateSizeLabel);
    connect(pixelWidth_, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(widthMm_, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(dpi_, &QSpinBox::valueChanged, this, &ExportDialog::updateSizeLabel);
    connect(title_, &QLineEdit::textChanged, this, &ExportDialog::updateSizeLabel);
    connect(legend_, &QCheckBox::toggled, this, &ExportDialog::updateSizeLabel);
    connect(listSources_, &QCheckBox::toggled, this, &ExportDialog::updateSizeLabel);
    updateSizeLabel();
}

QString ExportDialog::path() const
{
    return path_->text();
}

void ExportDialog::setPath(const QString& path)
{
    path_->setText(path);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.scope = currentView_->isChecked() ? ExportOptions::Scope::CurrentView : ExportOptions::Scope::WholeGraph;
    options.viewWorldRect = canvas_->visibleWorldRect();
    if (bySize_->isChecked()) {
        options.pixelWidth = pixelWidth_->value();
        options.dpi = 0;
    } else {
        options.widthMm = widthMm_->value();
        options.dpi = dpi_->value();
    }
    options.transparent = transparent_->isChecked();
    options.title = title_->text().trimmed();
    options.legend = legend_->isChecked();
    options.labels = labels_->isChecked();
    if (listSources_->isChecked())
        options.sources = sources_;
    options.highlight = canvas_->highlight();
    return options;
}

void ExportDialog::updateSizeLabel()
{
    pixelWidth_->setEnabled(bySize_->isChecked());
    widthMm_->setEnabled(byPrint_->isChecked());
    dpi_->setEnabled(byPrint_->isChecked());
    const QSize size = ImageExporter::pageSize(canvas_->graph(), options());
    sizeLabel_->setText(tr("%1 × %2 px").arg(size.width()).arg(size.height()));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export image"), path_->text(),
                                                        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void ExportDialog::startExport()
{
    if (watcher_.isRunning())
        return;
    exportButton_->setEnabled(false);
    setCursor(Qt::BusyCursor);
    // The worker gets copies: the canvas may change while the file is written.
    watcher_.setFuture(QtConcurrent::run([graph = canvas_->graph(), options = options(), path = path()] {
        QString error;
        ImageExporter::exportImage(graph, {}, options, path, &error);
        return error;
    }));
}

void ExportDialog::exportFinished()
{
    exportButton_->setEnabled(true);
    unsetCursor();
    const QString error = watcher_.result();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    emit exported(path());
    accept();
}

void ExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setImage(ImageExporter::renderImage(canvas_->graph(), {}, options()));
}

} // namespace newsgraph::ui
