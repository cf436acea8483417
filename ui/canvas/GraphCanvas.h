// The interactive graph view: a custom-painted QWidget (no item per node) that scales to 100k nodes.
//
// API for the window (ui-window):
//   setGraph(CanvasGraph, autoLayout)  show a snapshot (CanvasGraph::fromGraphData); unplaced graphs get
//                                      a force layout (seed 1) when autoLayout is true
//   setSizeMeasure(name, values)       node size by mentions / degree / betweenness / PageRank values
//   setHighlight(entities, relations)  path highlight; clearHighlight()
//   setFocusEntities(ids)              fade everything else (empty set: no fading)
//   setSelectedEntities / selectedEntities
//   centreOn(id), fitToView()
//   positions() / setPositions(map)    persist per view (GraphStore::putSetting); pinnedEntities()/setPinned
//   startLayout(kind, seed) / stopLayout() / isLayoutRunning()
//   setLegendVisible, setLabelsVisible, copyImageToClipboard(), visibleWorldRect(), highlight()
// Signals: selectionChanged(QList<EntityId>), relationClicked(RelationId), nodeDoubleClicked(EntityId),
//          positionsChanged() (after a layout finishes or a node is dragged), layoutFinished().
// Input: wheel zooms about the cursor, drag pans, drag a node to move and pin it, Shift/Ctrl+drag on
//   empty space selects by rectangle (Ctrl adds), Ctrl+click toggles; keys: arrows pan, +/- zoom,
//   Tab/Shift+Tab cycle nodes by importance, Enter selects, F or Home fits, P toggles pins of the
//   selection, Esc clears selection.
#pragma once

#include "canvas/CanvasGraph.h"
#include "canvas/SpatialGrid.h"
#include "layout/LayoutKind.h"
#include "render/GraphRenderer.h"
#include "render/HighlightState.h"
#include "render/LegendPainter.h"
#include "render/ScreenCache.h"
#include "render/ViewTransform.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <map>
#include <optional>

namespace newsgraph::ui {

class LayoutRunner;

class GraphCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget* parent = nullptr);
    ~GraphCanvas() override;

    void setGraph(CanvasGraph graph, bool autoLayout = true);
    const CanvasGraph& graph() const { return graph_; }

    void setSizeMeasure(const QString& name, const std::map<core::EntityId, double>& values);
    void setHighlight(const QSet<core::EntityId>& entities, const QSet<core::RelationId>& relations);
    void clearHighlight();
    void setFocusEntities(const QSet<core::EntityId>& entities);
    void setSelectedEntities(const QList<core::EntityId>& entities);
    QList<core::EntityId> selectedEntities() const;

    void centreOn(core::EntityId entity);
    void fitToView();
    // Shows exactly this world-to-widget mapping (a restored saved view) and stops following the layout.
    void setViewTransform(const ViewTransform& view);
    // Per-entity fill colours overriding the type colours (empty map: colour by type again).
    // Kept until the next setGraph().
    void setNodeColours(const std::map<core::EntityId, QColor>& colours);

    std::map<core::EntityId, QPointF> positions() const { return graph_.positionsById(); }
    void setPositions(const std::map<core::EntityId, QPointF>& positions);
    QSet<core::EntityId> pinnedEntities() const;
    void setPinned(core::EntityId entity, bool pinned);

    void startLayout(LayoutKind kind, quint64 seed = 1);
    void stopLayout();
    bool isLayoutRunning() const;

    void setLegendVisible(bool visible);
    void setLabelsVisible(bool visible);
    void copyImageToClipboard() const;

    QRectF visibleWorldRect() const;
    const ViewTransform& view() const { return view_; }
    const HighlightState& highlight() const { return highlight_; }

    // Hit-testing in widget coordinates (also used by tests): node index / edge index or -1.
    int nodeAt(QPointF widgetPoint) const;
    int edgeAt(QPointF widgetPoint) const;

signals:
    void selectionChanged(const QList<core::EntityId>& entities);
    void relationClicked(core::RelationId relation);
    void nodeDoubleClicked(core::EntityId entity);
    void positionsChanged();
    void layoutFinished();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    enum class Drag { None, Pan, Node, RubberBand };

    void positionsUpdated(const std::vector<QPointF>& positions);
    void rebuildGrid();
    void rebuildHighlight();
    void zoomAbout(QPointF widgetPoint, double factor);
    void cycleKeyboardNode(int step);
    void selectIndices(const std::vector<int>& indices, bool add);
    void emitSelection();
    QString toolTipFor(QPointF widgetPoint) const;
    void paintLegend(QPainter& painter);

    CanvasGraph graph_;
    GraphRenderer renderer_{graph_};
    SpatialGrid grid_;
    ViewTransform view_;
    HighlightState highlight_;
    QSet<core::EntityId> selection_, pathEntities_, focusEntities_;
    QSet<core::RelationId> pathRelations_;
    std::vector<int> importanceOrder_; // Tab order
    std::optional<LegendPainter> legend_;
    QImage legendImage_; // the legend drawn once per graph and width: its text is dear to shape every frame
    double legendMaxWidth_ = -1;
    ScreenCache screen_; // sprites and the line layer, kept between frames
    LayoutRunner* runner_ = nullptr;
    bool autoFit_ = true;       // follow the graph while a fresh layout runs, until the user moves the view
    bool legendVisible_ = true;
    bool labelsVisible_ = true;

    Drag drag_ = Drag::None;
    QPointF pressPoint_, lastPoint_;
    int dragNode_ = -1;
    bool dragMoved_ = false;
    QRectF rubberBand_;
};

} // namespace newsgraph::ui
