// GraphCanvas: mouse, wheel, keyboard and tooltips (split from GraphCanvas.cpp to keep files short).
#include "canvas/GraphCanvas.h"

#include "layout/LayoutRunner.h"
#include "render/EdgePainter.h"
#include "render/GraphStyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace newsgraph::ui {

namespace {
constexpr double dragThreshold = 4;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF closest = a + ab * t;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}
} // namespace

int GraphCanvas::nodeAt(QPointF widgetPoint) const
{
    const double tolerance = 4 / view_.scale; // a few pixels of slack around small nodes
    return grid_.nearest(view_.unmap(widgetPoint), tolerance, renderer_.radii());
}

int GraphCanvas::edgeAt(QPointF widgetPoint) const
{
    // Edges are tested in screen space against the drawn line (or the two halves of a curve).
    int best = -1;
    double bestDistance = 5;
    const QRectF visible = visibleWorldRect();
    for (std::size_t e = 0; e < graph_.edges.size(); ++e) {
        const CanvasEdge& edge = graph_.edges[e];
        const QPointF wa = graph_.nodes[static_cast<std::size_t>(edge.source)].position;
        const QPointF wb = graph_.nodes[static_cast<std::size_t>(edge.target)].position;
        if (std::max(wa.x(), wb.x()) < visible.left() || std::min(wa.x(), wb.x()) > visible.right()
            || std::max(wa.y(), wb.y()) < visible.top() || std::min(wa.y(), wb.y()) > visible.bottom())
            continue;
        const QPointF a = view_.map(wa), b = view_.map(wb);
        double distance = 0;
        if (edge.parallelCount > 1 && GraphRenderer::isDetailed(view_.scale)) {
            const bool forward = edge.source < edge.target;
            const QPointF along = forward ? b - a : a - b;
            const double span = std::max(std::hypot(along.x(), along.y()), 1e-9);
            const QPointF normal(-along.y() / span, along.x() / span);
            const QPointF middle = (a + b) / 2 + normal * EdgePainter::bowFor(edge, 1); // the quadratic curve's midpoint
            distance = std::min(distanceToSegment(widgetPoint, a, middle), distanceToSegment(widgetPoint, middle, b));
        } else {
            distance = distanceToSegment(widgetPoint, a, b);
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(e);
        }
    }
    return best;
}

QString GraphCanvas::toolTipFor(QPointF widgetPoint) const
{
    if (const int n = nodeAt(widgetPoint); n >= 0) {
        const CanvasNode& node = graph_.nodes[static_cast<std::size_t>(n)];
        int degree = 0;
        for (const CanvasEdge& edge : graph_.edges)
            degree += (edge.source == n) + (edge.target == n);
        return QStringLiteral("<b>%1</b><br>%2<br>%3: %4<br>degree: %5%6")
            .arg(node.label.toHtmlEscaped(), GraphStyle::label(node.type), graph_.sizeMeasure)
            .arg(node.sizeValue, 0, 'g', 4)
            .arg(degree)
            .arg(node.pinned ? QStringLiteral("<br>pinned") : QString());
    }
    if (const int e = edgeAt(widgetPoint); e >= 0) {
        const CanvasEdge& edge = graph_.edges[static_cast<std::size_t>(e)];
        const QString arrow = edge.directed ? QStringLiteral(" → ") : QStringLiteral(" ↔ ");
        QString text = QStringLiteral("<b>%1</b><br>%2%3%4<br>evidence: %5")
                           .arg(GraphStyle::label(edge.type),
                                graph_.nodes[static_cast<std::size_t>(edge.source)].label.toHtmlEscaped(), arrow,
                                graph_.nodes[static_cast<std::size_t>(edge.target)].label.toHtmlEscaped())
                           .arg(edge.evidenceCount);
        if (edge.amount > 0)
            text += QStringLiteral("<br>amount ≈ $%1").arg(edge.amount, 0, 'g', 3);
        return text;
    }
    return {};
}

bool GraphCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipFor(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    // Tab cycles through nodes instead of moving keyboard focus away from the canvas.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && !(key->modifiers() & Qt::ControlModifier)
            && !graph_.nodes.empty()) {
            cycleKeyboardNode(key->key() == Qt::Key_Backtab ? -1 : 1);
            return true;
        }
    }
    return QWidget::event(event);
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    pressPoint_ = lastPoint_ = event->position();
    dragMoved_ = false;
    if (event->button() != Qt::LeftButton)
        return;
    const bool modifier = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    dragNode_ = nodeAt(event->position());
    if (dragNode_ >= 0) {
        drag_ = Drag::Node;
    } else if (modifier) {
        drag_ = Drag::RubberBand;
        rubberBand_ = QRectF(pressPoint_, pressPoint_);
    } else {
        drag_ = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF point = event->position();
    const QPointF delta = point - lastPoint_;
    lastPoint_ = point;
    if ((point - pressPoint_).manhattanLength() > dragThreshold)
        dragMoved_ = true;
    switch (drag_) {
    case Drag::None: {
        const int hovered = nodeAt(point);
        if (hovered != highlight_.hoveredNode) {
            highlight_.hoveredNode = hovered;
            update();
        }
        return;
    }
    case Drag::Pan:
        autoFit_ = false;
        view_.offset += delta;
        break;
    case Drag::Node:
        if (!dragMoved_)
            return;
        {
            CanvasNode& node = graph_.nodes[static_cast<std::size_t>(dragNode_)];
            node.position = view_.unmap(point);
            node.pinned = true; // a placed node stays where the user put it
            runner_->pin(dragNode_, node.position);
            autoFit_ = false;
            rebuildGrid(); // culling and hit-testing must see the node where it now is
        }
        break;
    case Drag::RubberBand:
        rubberBand_.setBottomRight(point);
        break;
    }
    update();
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag finished = drag_;
    drag_ = Drag::None;
    unsetCursor();
    const bool add = event->modifiers() & Qt::ControlModifier;
    if (finished == Drag::Node) {
        if (dragMoved_) {
            rebuildGrid();
            emit positionsChanged();
        } else if (add) {
            const core::EntityId id = graph_.nodes[static_cast<std::size_t>(dragNode_)].id;
            if (!selection_.remove(id))
                selection_.insert(id);
            rebuildHighlight();
            emitSelection();
        } else {
            selectIndices({dragNode_}, false);
        }
    } else if (finished == Drag::RubberBand) {
        const QRectF world = view_.unmap(rubberBand_.normalized()).normalized();
        std::vector<int> inside;
        for (int i : grid_.query(world))
            if (world.contains(graph_.nodes[static_cast<std::size_t>(i)].position))
                inside.push_back(i);
        selectIndices(inside, add);
    } else if (finished == Drag::Pan && !dragMoved_) {
        if (const int e = edgeAt(event->position()); e >= 0)
            emit relationClicked(graph_.edges[static_cast<std::size_t>(e)].id);
        else if (!selection_.isEmpty())
            selectIndices({}, false);
    }
    dragNode_ = -1;
    update();
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const int n = nodeAt(event->position()); n >= 0)
        emit nodeDoubleClicked(graph_.nodes[static_cast<std::size_t>(n)].id);
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->pixelDelta().y() * 2.0;
    zoomAbout(event->position(), std::pow(1.0015, steps));
    event->accept();
}

void GraphCanvas::zoomAbout(QPointF widgetPoint, double factor)
{
    autoFit_ = false;
    const QPointF world = view_.unmap(widgetPoint);
    view_.scale = std::clamp(view_.scale * factor, 1e-4, 50.0);
    view_.offset = widgetPoint - world * view_.scale;
    update();
}

void GraphCanvas::leaveEvent(QEvent* event)
{
    highlight_.hoveredNode = -1;
    update();
    QWidget::leaveEvent(event);
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double pan = 60;
    switch (event->key()) {
    case Qt::Key_Left: view_.offset += QPointF(pan, 0); autoFit_ = false; break;
    case Qt::Key_Right: view_.offset -= QPointF(pan, 0); autoFit_ = false; break;
    case Qt::Key_Up: view_.offset += QPointF(0, pan); autoFit_ = false; break;
    case Qt::Key_Down: view_.offset -= QPointF(0, pan); autoFit_ = false; break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAbout(centre, 1.25); break;
    case Qt::Key_Minus: zoomAbout(centre, 0.8); break;
    case Qt::Key_F:
    case Qt::Key_Home: fitToView(); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (highlight_.keyboardNode >= 0)
            selectIndices({highlight_.keyboardNode}, event->modifiers() & Qt::ControlModifier);
        break;
    case Qt::Key_P:
        for (core::EntityId id : selectedEntities()) {
            const int index = graph_.indexOf(id);
            setPinned(id, !graph_.nodes[static_cast<std::size_t>(index)].pinned);
        }
        emit positionsChanged();
        break;
    case Qt::Key_Escape:
        highlight_.keyboardNode = -1;
        selectIndices({}, false);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

void GraphCanvas::cycleKeyboardNode(int step)
{
    if (importanceOrder_.empty())
        return;
    const auto count = static_cast<int>(importanceOrder_.size());
    const auto current = std::find(importanceOrder_.begin(), importanceOrder_.end(), highlight_.keyboardNode);
    int slot = current == importanceOrder_.end() ? (step > 0 ? -1 : 0) : static_cast<int>(current - importanceOrder_.begin());
    slot = ((slot + step) % count + count) % count;
    highlight_.keyboardNode = importanceOrder_[static_cast<std::size_t>(slot)];
    const QPointF at = view_.map(graph_.nodes[static_cast<std::size_t>(highlight_.keyboardNode)].position);
    if (!QRectF(rect()).adjusted(20, 20, -20, -20).contains(at))
        centreOn(graph_.nodes[static_cast<std::size_t>(highlight_.keyboardNode)].id);
    update();
}

void GraphCanvas::selectIndices(const std::vector<int>& indices, bool add)
{
    if (!add)
        selection_.clear();
    for (int i : indices)
        selection_.insert(graph_.nodes[static_cast<std::size_t>(i)].id);
    rebuildHighlight();
    emitSelection();
    update();
}

void GraphCanvas::emitSelection()
{
    emit selectionChanged(selectedEntities());
}

} // namespace newsgraph::ui
