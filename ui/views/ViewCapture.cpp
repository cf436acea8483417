// Takes a SavedView from the window and puts one back.
#include "ViewCapture.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "layout/LayoutKind.h"
#include "window/CanvasSync.h"
#include "window/GraphToolBar.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace newsgraph::ui {
namespace {

void applyPlacement(MainWindow& window, const core::SavedView& view)
{
    GraphCanvas* canvas = window.canvas();
    if (!view.positions.empty()) {
        std::map<core::EntityId, QPointF> positions;
        for (const auto& [id, point] : view.positions)
            positions[id] = QPointF(point.x, point.y);
        canvas->setPositions(positions);
    }
    ViewTransform transform;
    transform.scale = view.zoom > 0 ? view.zoom : 1;
    transform.offset = QPointF(canvas->width() / 2.0, canvas->height() / 2.0)
        - QPointF(view.viewportCentre.x, view.viewportCentre.y) * transform.scale;
    canvas->setViewTransform(transform);

    GraphDocument* document = window.document();
    QList<core::EntityId> selection;
    for (auto id : view.selection)
        if (document->filteredGraph().entity(id))
            selection.append(id);
    document->setSelection(selection);
}

void chooseData(QComboBox* combo, const QVariant& data)
{
    if (const int index = combo->findData(data); index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

QString canvasSizeMeasure(const std::string& savedMeasure)
{
    const QString wanted = QString::fromStdString(savedMeasure);
    for (const QString& measure : CanvasSync::sizeMeasures())
        if (measure.compare(wanted, Qt::CaseInsensitive) == 0)
            return measure;
    return QStringLiteral("mentions");
}

std::string savedSizeMeasure(const QString& canvasMeasure)
{
    return canvasMeasure.toLower().toStdString();
}

core::SavedView captureView(const MainWindow& window, const std::string& name)
{
    core::SavedView view;
    view.name = name;
    const GraphDocument* document = window.document();
    const GraphCanvas* canvas = window.canvas();
    view.filter = document->filter();
    for (const auto& [id, position] : canvas->positions())
        view.positions[id] = core::Point{position.x(), position.y()};
    const QPointF centre = canvas->view().unmap(QPointF(canvas->width() / 2.0, canvas->height() / 2.0));
    view.viewportCentre = core::Point{centre.x(), centre.y()};
    view.zoom = canvas->view().scale;
    for (auto id : document->selectedEntities())
        view.selection.push_back(id);
    const auto layout = static_cast<LayoutKind>(window.graphToolBar()->layoutChoice()->currentData().toInt());
    view.layout = std::string(toString(layout));
    view.sizeMeasure = savedSizeMeasure(window.canvasSync()->sizeMeasure());
    return view;
}

void restoreView(MainWindow& window, const core::SavedView& view)
{
    if (const auto layout = layoutKindFromString(view.layout))
        chooseData(window.graphToolBar()->layoutChoice(), static_cast<int>(*layout));
    if (!view.sizeMeasure.empty())
        chooseData(window.graphToolBar()->sizeChoice(), canvasSizeMeasure(view.sizeMeasure));

    GraphDocument* document = window.document();
    if (document->filter() == view.filter && !document->isFiltering()) {
        applyPlacement(window, view);
        return;
    }
    // Place the nodes once the graph of the restored filter has been shown, not before.
    auto connection = std::make_shared<QMetaObject::Connection>();
    QPointer<MainWindow> guard(&window);
    *connection = QObject::connect(window.canvasSync(), &CanvasSync::graphShown, &window, [guard, view, connection] {
        QObject::disconnect(*connection);
        if (guard)
            applyPlacement(*guard, view);
    });
    document->setFilter(view.filter, -1, QCoreApplication::translate("ViewCapture", "Restore view %1").arg(QString::fromStdString(view.name)));
}

} // namespace newsgraph::ui
