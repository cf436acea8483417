// "How is A connected to B?" panel.
#include "PathPanel.h"

#include "EntityPicker.h"
#include "EvidenceChain.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "render/ExportOptions.h"
#include "render/ImageExporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <set>
#include <tuple>

namespace newsgraph::ui {
namespace {

QString entityName(const core::GraphData& data, core::EntityId id)
{
    const auto* entity = data.entity(id);
    return entity ? QString::fromStdString(entity->name) : QString::number(id);
}

QString pathSummary(const core::GraphData& data, const std::vector<core::PathStep>& path)
{
    QStringList names{entityName(data, path.front().from)};
    for (const auto& step : path)
        names << entityName(data, step.to);
    return names.join(QStringLiteral(" → "));
}

} // namespace

PathPanel::PathPanel(GraphDocument* document, GraphCanvas* canvas, const SearchIndex* index, QWidget* parent)
    : QWidget(parent), document_(document), canvas_(canvas), from_(new EntityPicker(index, this)),
      to_(new EntityPicker(index, this)), moneyOnly_(new QCheckBox(tr("Money relations only"), this)),
      excludeMentioned_(new QCheckBox(tr("Exclude “mentioned with”"), this)), maxPaths_(new QSpinBox(this)),
      find_(new QPushButton(tr("Find paths"), this)), status_(new QLabel(this)), pathList_(new QListWidget(this)),
      chainView_(new QTextBrowser(this)), copy_(new QPushButton(tr("Copy chain"), this)),
      save_(new QPushButton(tr("Save chain…"), this)), exportImage_(new QPushButton(tr("Export image + chain…"), this))
{
    setObjectName(QStringLiteral("pathPanel"));
    from_->setPlaceholderText(tr("From entity (e.g. 코슬라벤처스)"));
    to_->setPlaceholderText(tr("To entity (e.g. 일본 정부)"));
    excludeMentioned_->setChecked(true);
    excludeMentioned_->setToolTip(tr("Co-occurrence in one sentence is a weak tie; leave it out to see stated relations"));
    maxPaths_->setRange(1, 100);
    maxPaths_->setValue(10);
    status_->setWordWrap(true);
    chainView_->setOpenLinks(false);

    auto* form = new QFormLayout;
    form->addRow(tr("From"), from_);
    form->addRow(tr("To"), to_);
    form->addRow(tr("At most"), maxPaths_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(copy_);
    buttons->addWidget(save_);
    buttons->addWidget(exportImage_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(moneyOnly_);
    layout->addWidget(excludeMentioned_);
    layout->addWidget(find_);
    layout->addWidget(status_);
    layout->addWidget(pathList_, 1);
    layout->addWidget(new QLabel(tr("Evidence chain"), this));
    layout->addWidget(chainView_, 2);
    layout->addLayout(buttons);

    connect(find_, &QPushButton::clicked, this, &PathPanel::findPaths);
    connect(to_, &QLineEdit::returnPressed, this, &PathPanel::findPaths);
    connect(pathList_, &QListWidget::currentRowChanged, this, &PathPanel::showPath);
    connect(copy_, &QPushButton::clicked, this, &PathPanel::copyChain);
    connect(save_, &QPushButton::clicked, this, &PathPanel::saveChainInteractively);
    connect(exportImage_, &QPushButton::clicked, this, &PathPanel::exportInteractively);
    connect(document_, &GraphDocument::graphLoaded, this, [this] {
        paths_.clear();
        pathList_->clear();
        chainView_->clear();
    });
    for (auto* button : {copy_, save_, exportImage_})
        button->setEnabled(false);
}

int PathPanel::findPaths()
{
    if (from_->entity() == 0 && !from_->text().isEmpty())
        from_->pickBestMatch(from_->text());
    if (to_->entity() == 0 && !to_->text().isEmpty())
        to_->pickBestMatch(to_->text());
    paths_.clear();
    pathList_->clear();
    chainView_->clear();
    canvas_->clearHighlight();
    if (from_->entity() == 0 || to_->entity() == 0) {
        status_->setText(tr("Pick two entities."));
        return 0;
    }
    const core::GraphData& graph = document_->filteredGraph();
    core::PathOptions options;
    options.moneyOnly = moneyOnly_->isChecked();
    options.excludeMentionedWith = excludeMentioned_->isChecked();
    options.maxPaths = static_cast<std::size_t>(maxPaths_->value());
    paths_ = core::KnowledgeGraph(graph).shortestPaths(from_->entity(), to_->entity(), options);
    if (paths_.empty()) {
        status_->setText(graph.entity(from_->entity()) && graph.entity(to_->entity())
                             ? tr("No connection between them with these options.")
                             : tr("One of them is hidden by the current filter."));
        for (auto* button : {copy_, save_, exportImage_})
            button->setEnabled(false);
        return 0;
    }
    status_->setText(tr("%n shortest path(s), %1 hop(s) each", nullptr, static_cast<int>(paths_.size()))
                         .arg(paths_.front().size()));
    for (const auto& path : paths_)
        pathList_->addItem(pathSummary(graph, path));
    for (auto* button : {copy_, save_, exportImage_})
        button->setEnabled(true);
    pathList_->setCurrentRow(0);
    return static_cast<int>(paths_.size());
}

void PathPanel::selectPath(int row)
{
    pathList_->setCurrentRow(row);
}

int PathPanel::currentPath() const
{
    return pathList_->currentRow();
}

void PathPanel::showPath(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= paths_.size()) {
        chainView_->clear();
        canvas_->clearHighlight();
        return;
    }
    QSet<core::EntityId> entities;
    QSet<core::RelationId> relations;
    for (const auto& step : paths_[static_cast<std::size_t>(row)]) {
        entities << step.from << step.to;
        relations << step.relation;
    }
    canvas_->setHighlight(entities, relations);
    chainView_->setMarkdown(chainMarkdown());
}

QString PathPanel::chainText() const
{
    const int row = currentPath();
    if (row < 0 || static_cast<std::size_t>(row) >= paths_.size())
        return {};
    return chainAsText(evidenceChain(document_->filteredGraph(), paths_[static_cast<std::size_t>(row)]));
}

QString PathPanel::chainMarkdown() const
{
    const int row = currentPath();
    if (row < 0 || static_cast<std::size_t>(row) >= paths_.size())
        return {};
    return chainAsMarkdown(evidenceChain(document_->filteredGraph(), paths_[static_cast<std::size_t>(row)]));
}

bool PathPanel::saveChain(const QString& path, QString* error) const
{
    const bool markdown = path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write((markdown ? chainMarkdown() : chainText()).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PathPanel::exportImageWithChain(const QString& imagePath, QString* error) const
{
    const int row = currentPath();
    if (row < 0 || static_cast<std::size_t>(row) >= paths_.size()) {
        if (error)
            *error = tr("No path selected");
        return false;
    }
    const auto chain = evidenceChain(document_->filteredGraph(), paths_[static_cast<std::size_t>(row)]);
    ExportOptions options;
    options.title = QStringLiteral("%1 → %2").arg(chain.constFirst().from, chain.constLast().to);
    options.highlight = canvas_->highlight();
    std::set<std::tuple<QString, QString, QString>> seen;
    for (const auto& hop : chain)
        if (!hop.sentence.isEmpty() && seen.insert({hop.outlet, hop.date, hop.articleTitle}).second)
            options.sources.push_back({hop.outlet, hop.date, hop.articleTitle});
    if (!ImageExporter::exportImage(canvas_->graph(), {}, options, imagePath, error))
        return false;
    const QFileInfo info(imagePath);
    return saveChain(info.dir().filePath(info.completeBaseName() + QStringLiteral("-chain.md")), error);
}

void PathPanel::copyChain()
{
    QApplication::clipboard()->setText(chainText());
}

void PathPanel::saveChainInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save evidence chain"), QStringLiteral("chain.md"),
                                                      tr("Markdown (*.md);;Text (*.txt)"));
    QString error;
    if (!path.isEmpty() && !saveChain(path, &error))
        status_->setText(error);
}

void PathPanel::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image with evidence chain"),
                                                      QStringLiteral("path.png"),
                                                      tr("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    QString error;
    if (path.isEmpty())
        return;
    status_->setText(exportImageWithChain(path, &error) ? tr("Saved %1 and its chain").arg(path) : error);
}

} // namespace newsgraph::ui
