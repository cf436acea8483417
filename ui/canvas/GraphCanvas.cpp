#include "canvas/GraphCanvas.h"

#include "layout/LayoutRunner.h"
#include "render/ExportOptions.h"
#include "render/ImageExporter.h"

#include <QApplication>
#include <QClipboard>
#include <QPainter>
#include <QPaintEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace newsgraph::ui {

GraphCanvas::GraphCanvas(QWidget* parent)
    : QWidget(parent)
    , runner_(new LayoutRunner(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(runner_, &LayoutRunner::positionsUpdated, this, &GraphCanvas::positionsUpdated);
    connect(runner_, &LayoutRunner::finished, this, [this] {
        emit layoutFinished();
        emit positionsChanged();
    });
}

GraphCanvas::~GraphCanvas() = default;

void GraphCanvas::setGraph(CanvasGraph graph, bool autoLayout)
{
    stopLayout();
    graph_ = std::move(graph);
    graph_.rebuildIndex();
    renderer_.updateRadii();
    highlight_ = {};
    legend_.emplace(graph_);
    legendImage_ = {};
    // Largest first, ties in index order; sorting (value, index) pairs keeps the data at hand.
    std::vector<std::pair<double, int>> ranked(graph_.nodes.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        ranked[i] = {-graph_.nodes[i].sizeValue, static_cast<int>(i)};
    std::sort(ranked.begin(), ranked.end());
    importanceOrder_.resize(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        importanceOrder_[i] = ranked[i].second;
    rebuildHighlight();
    rebuildGrid();
    const bool unplaced = std::all_of(graph_.nodes.begin(), graph_.nodes.end(),
                                      [](const CanvasNode& node) { return node.position.isNull(); });
    autoFit_ = true;
    if (autoLayout && unplaced && graph_.nodes.size() > 1)
        startLayout(LayoutKind::Force, 1);
    else
        fitToView();
    update();
}

void GraphCanvas::setSizeMeasure(const QString& name, const std::map<core::EntityId, double>& values)
{
    graph_.sizeMeasure = name;
    for (CanvasNode& node : graph_.nodes) {
        const auto it = values.find(node.id);
        node.sizeValue = it == values.end() ? 0 : it->second;
    }
    renderer_.updateRadii();
    rebuildGrid();
    update();
}

void GraphCanvas::setHighlight(const QSet<core::EntityId>& entities, const QSet<core::RelationId>& relations)
{
    pathEntities_ = entities;
    pathRelations_ = relations;
    rebuildHighlight();
    update();
}

void GraphCanvas::clearHighlight()
{
    setHighlight({}, {});
}

void GraphCanvas::setFocusEntities(const QSet<core::EntityId>& entities)
{
    focusEntities_ = entities;
    rebuildHighlight();
    update();
}

void GraphCanvas::setSelectedEntities(const QList<core::EntityId>& entities)
{
    selection_ = QSet<core::EntityId>(entities.begin(), entities.end());
    rebuildHighlight();
    update();
}

QList<core::EntityId> GraphCanvas::selectedEntities() const
{
    QList<core::EntityId> result(selection_.begin(), selection_.end());
    std::sort(result.begin(), result.end());
    return result;
}

void GraphCanvas::rebuildHighlight()
{
    const std::size_t n = graph_.nodes.size();
    highlight_.nodes.assign(n, 0);
    highlight_.edges.assign(graph_.edges.size(), 0);
    highlight_.focusActive = !focusEntities_.isEmpty();
    if (highlight_.hoveredNode >= static_cast<int>(n))
        highlight_.hoveredNode = -1;
    if (highlight_.keyboardNode >= static_cast<int>(n))
        highlight_.keyboardNode = -1;
    if (selection_.isEmpty() && pathEntities_.isEmpty() && focusEntities_.isEmpty()
        && pathRelations_.isEmpty())
        return; // nothing highlighted: all flags stay 0 (the common case after every filter change)
    for (std::size_t i = 0; i < n; ++i) {
        const core::EntityId id = graph_.nodes[i].id;
        std::uint8_t flags = 0;
        if (selection_.contains(id))
            flags |= HighlightState::Selected;
        if (pathEntities_.contains(id))
            flags |= HighlightState::OnPath;
        if (focusEntities_.contains(id))
            flags |= HighlightState::InFocus;
        highlight_.nodes[i] = flags;
    }
    for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
        const CanvasEdge& edge = graph_.edges[e];
        std::uint8_t flags = 0;
        if (pathRelations_.contains(edge.id))
            flags |= HighlightState::OnPath;
        // An edge is in focus when both its ends are.
        if (highlight_.node(edge.source, HighlightState::InFocus) && highlight_.node(edge.target, HighlightState::InFocus))
            flags |= HighlightState::InFocus;
        highlight_.edges[e] = flags;
    }
}

void GraphCanvas::rebuildGrid()
{
    grid_.build(graph_.positions(), renderer_.largestRadius());
}

void GraphCanvas::centreOn(core::EntityId entity)
{
    const int index = graph_.indexOf(entity);
    if (index < 0)
        return;
    autoFit_ = false;
    const QPointF world = graph_.nodes[static_cast<std::size_t>(index)].position;
    view_.scale = std::max(view_.scale, 0.6); // close enough to read labels
    view_.offset = QPointF(width() / 2.0, height() / 2.0) - world * view_.scale;
    update();
}

void GraphCanvas::setViewTransform(const ViewTransform& view)
{
    autoFit_ = false;
    view_ = view;
    update();
}

void GraphCanvas::setNodeColours(const std::map<core::EntityId, QColor>& colours)
{
    for (CanvasNode& node : graph_.nodes) {
        const auto it = colours.find(node.id);
        node.colour = it == colours.end() ? QColor() : it->second;
    }
    update();
}

void GraphCanvas::fitToView()
{
    // The legend sits over the top left corner: fit the graph below it, so that no node starts hidden
    // (unless that would leave too little room, as in a very short window).
    QRectF area(rect());
    if (legendVisible_ && legend_ && !graph_.nodes.empty()) {
        const double legendHeight = legend_->paint(nullptr, QPointF(), 1, std::min(560.0, width() - 16.0)).height() + 8;
        if (area.height() - legendHeight > 0.6 * area.height())
            area.setTop(area.top() + legendHeight);
    }
    view_ = ViewTransform::fitting(renderer_.worldBounds(), area, 24);
    update();
}

void GraphCanvas::setPositions(const std::map<core::EntityId, QPointF>& positions)
{
    stopLayout();
    graph_.applyPositions(positions);
    rebuildGrid();
    fitToView();
}

QSet<core::EntityId> GraphCanvas::pinnedEntities() const
{
    QSet<core::EntityId> result;
    for (const CanvasNode& node : graph_.nodes)
        if (node.pinned)
            result.insert(node.id);
    return result;
}

void GraphCanvas::setPinned(core::EntityId entity, bool pinned)
{
    const int index = graph_.indexOf(entity);
    if (index < 0)
        return;
    graph_.nodes[static_cast<std::size_t>(index)].pinned = pinned;
    if (pinned)
        runner_->pin(index, graph_.nodes[static_cast<std::size_t>(index)].position);
    else
        runner_->unpin(index);
    update();
}

void GraphCanvas::startLayout(LayoutKind kind, quint64 seed)
{
    LayoutInput input;
    input.nodeCount = static_cast<int>(graph_.nodes.size());
    input.seed = seed;
    input.edges.reserve(graph_.edges.size());
    for (const CanvasEdge& edge : graph_.edges)
        input.edges.emplace_back(edge.source, edge.target);
    input.positions = graph_.positions();
    for (const CanvasNode& node : graph_.nodes) {
        input.pinned.push_back(node.pinned);
        input.groups.push_back(static_cast<int>(node.type));
    }
    for (core::EntityId id : selectedEntities())
        if (const int index = graph_.indexOf(id); index >= 0)
            input.roots.push_back(index);
    autoFit_ = true;
    runner_->start(kind, input);
}

void GraphCanvas::stopLayout()
{
    runner_->stop();
}

bool GraphCanvas::isLayoutRunning() const
{
    return runner_->isRunning();
}

void GraphCanvas::positionsUpdated(const std::vector<QPointF>& positions)
{
    if (positions.size() != graph_.nodes.size())
        return; // a snapshot for a graph that has since been replaced
    for (std::size_t i = 0; i < positions.size(); ++i)
        if (!graph_.nodes[i].pinned && !(drag_ == Drag::Node && dragNode_ == static_cast<int>(i)))
            graph_.nodes[i].position = positions[i];
    rebuildGrid();
    if (autoFit_)
        fitToView();
    update();
}

void GraphCanvas::setLegendVisible(bool visible)
{
    legendVisible_ = visible;
    update();
}

void GraphCanvas::setLabelsVisible(bool visible)
{
    labelsVisible_ = visible;
    update();
}

void GraphCanvas::copyImageToClipboard() const
{
    ExportOptions options;
    options.scope = ExportOptions::Scope::CurrentView;
    options.viewWorldRect = visibleWorldRect();
    options.pixelWidth = std::max(width(), 400) * 2;
    options.dpi = 192;
    options.highlight = highlight_;
    QApplication::clipboard()->setImage(ImageExporter::renderImage(graph_, {}, options));
}

QRectF GraphCanvas::visibleWorldRect() const
{
    return view_.unmap(QRectF(rect())).normalized();
}

void GraphCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (autoFit_)
        fitToView();
}

void GraphCanvas::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    RenderOptions options;
    options.view = view_;
    options.deviceRect = QRectF(rect());
    options.background = palette().color(QPalette::Base);
    options.labels = labelsVisible_;
    options.grid = &grid_;
    options.screen = &screen_;
    renderer_.paint(painter, options, highlight_);
    if (legendVisible_ && legend_ && !graph_.nodes.empty())
        paintLegend(painter);
    if (drag_ == Drag::RubberBand) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRect(rubberBand_.normalized());
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
    Q_UNUSED(event);
}

void GraphCanvas::paintLegend(QPainter& painter)
{
    const double maxWidth = std::min(560.0, width() - 16.0);
    const double ratio = painter.device()->devicePixelRatio();
    if (legendImage_.isNull() || legendMaxWidth_ != maxWidth || legendImage_.devicePixelRatio() != ratio) {
        legendMaxWidth_ = maxWidth;
        const QSizeF size = legend_->paint(nullptr, QPointF(), 1, maxWidth);
        const QSize pixels(static_cast<int>(std::ceil(size.width() * ratio)) + 1,
                           static_cast<int>(std::ceil(size.height() * ratio)) + 1);
        legendImage_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
        legendImage_.setDevicePixelRatio(ratio);
        legendImage_.fill(0);
        QPainter legendPainter(&legendImage_);
        legendPainter.setRenderHint(QPainter::Antialiasing);
        legend_->paint(&legendPainter, QPointF(), 1, maxWidth);
    }
    painter.drawImage(QPointF(8, 8), legendImage_);
}

} // namespace newsgraph::ui
