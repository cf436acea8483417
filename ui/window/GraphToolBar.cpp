// The main toolbar.
#include "GraphToolBar.h"

#include "CanvasSync.h"

#include "canvas/GraphCanvas.h"
#include "layout/LayoutKind.h"
#include "panels/SearchField.h"

#include <QAction>
#include <QComboBox>

namespace newsgraph::ui {
namespace {

QString layoutLabel(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Force: return GraphToolBar::tr("Force-directed");
    case LayoutKind::Circular: return GraphToolBar::tr("Circular");
    case LayoutKind::Grouped: return GraphToolBar::tr("Grouped by type");
    case LayoutKind::Radial: return GraphToolBar::tr("Radial around selection");
    }
    return {};
}

QString measureLabel(const QString& measure)
{
    if (measure == QStringLiteral("mentions")) return GraphToolBar::tr("Size: mentions");
    if (measure == QStringLiteral("degree")) return GraphToolBar::tr("Size: degree");
    if (measure == QStringLiteral("betweenness")) return GraphToolBar::tr("Size: betweenness");
    if (measure == QStringLiteral("pageRank")) return GraphToolBar::tr("Size: PageRank");
    return measure;
}

} // namespace

GraphToolBar::GraphToolBar(GraphCanvas* canvas, CanvasSync* sync, SearchField* search, QWidget* parent)
    : QToolBar(tr("Graph"), parent), canvas_(canvas), layoutChoice_(new QComboBox(this)),
      sizeChoice_(new QComboBox(this)), runLayout_(new QAction(this)), fit_(new QAction(tr("Fit to View"), this)),
      export_(new QAction(tr("Export Image…"), this))
{
    setObjectName(QStringLiteral("graphToolBar"));
    layoutChoice_->setObjectName(QStringLiteral("layoutChoice"));
    for (auto kind : {LayoutKind::Force, LayoutKind::Circular, LayoutKind::Grouped, LayoutKind::Radial})
        layoutChoice_->addItem(layoutLabel(kind), static_cast<int>(kind));
    sizeChoice_->setObjectName(QStringLiteral("sizeChoice"));
    for (const QString& measure : CanvasSync::sizeMeasures())
        sizeChoice_->addItem(measureLabel(measure), measure);
    runLayout_->setObjectName(QStringLiteral("runLayout"));
    fit_->setObjectName(QStringLiteral("fitToView"));
    fit_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    export_->setObjectName(QStringLiteral("exportImage"));
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    addWidget(layoutChoice_);
    addAction(runLayout_);
    addSeparator();
    addWidget(sizeChoice_);
    addAction(fit_);
    addAction(export_);
    addSeparator();
    search->setMinimumWidth(260);
    addWidget(search);

    connect(runLayout_, &QAction::triggered, this, &GraphToolBar::toggleLayout);
    connect(layoutChoice_, &QComboBox::activated, this, [this] {
        canvas_->startLayout(static_cast<LayoutKind>(layoutChoice_->currentData().toInt()));
        showLayoutState();
    });
    connect(sizeChoice_, &QComboBox::currentIndexChanged, sync,
            [this, sync] { sync->setSizeMeasure(sizeChoice_->currentData().toString()); });
    connect(fit_, &QAction::triggered, canvas_, &GraphCanvas::fitToView);
    connect(canvas_, &GraphCanvas::layoutFinished, this, &GraphToolBar::showLayoutState);
    connect(sync, &CanvasSync::graphShown, this, &GraphToolBar::showLayoutState);
    showLayoutState();
}

void GraphToolBar::toggleLayout()
{
    if (canvas_->isLayoutRunning())
        canvas_->stopLayout();
    else
        canvas_->startLayout(static_cast<LayoutKind>(layoutChoice_->currentData().toInt()));
    showLayoutState();
}

void GraphToolBar::showLayoutState()
{
    const bool running = canvas_->isLayoutRunning();
    runLayout_->setText(running ? tr("Stop Layout") : tr("Run Layout"));
    runLayout_->setToolTip(running ? tr("Stop the running layout") : tr("Lay the graph out with the chosen method"));
}

} // namespace newsgraph::ui
