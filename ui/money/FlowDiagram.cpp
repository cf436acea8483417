// A small Sankey-style view of money flows.
#include "FlowDiagram.h"

#include "MoneyFlowModel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <map>

namespace newsgraph::ui {
namespace {

// Column entries in descending total order, each with its vertical slot.
struct Slot {
    QString name;
    double total = 0;
    double top = 0;    // y of the slot's top
    double filled = 0; // how much of it the bands drawn so far use
};

std::vector<Slot> columnSlots(const std::map<QString, double>& totals, double height, double scale, double gap)
{
    std::vector<Slot> column;
    for (const auto& [name, total] : totals)
        column.push_back({name, total, 0, 0});
    std::stable_sort(column.begin(), column.end(), [](const Slot& a, const Slot& b) { return a.total > b.total; });
    double used = 0;
    for (const auto& slot : column)
        used += slot.total * scale;
    double y = std::max(0.0, (height - used - gap * static_cast<double>(column.size() - 1)) / 2);
    for (auto& slot : column) {
        slot.top = y;
        y += slot.total * scale + gap;
    }
    return column;
}

Slot& slotNamed(std::vector<Slot>& column, const QString& name)
{
    return *std::find_if(column.begin(), column.end(), [&](const Slot& slot) { return slot.name == name; });
}

} // namespace

FlowDiagram::FlowDiagram(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("flowDiagram"));
    setMinimumHeight(140);
}

QSize FlowDiagram::sizeHint() const
{
    return {360, 220};
}

void FlowDiagram::setBands(const std::vector<FlowBand>& bands)
{
    std::map<std::pair<QString, QString>, double> merged;
    for (const auto& band : bands)
        if (band.usd > 0)
            merged[{band.from, band.to}] += band.usd;
    bands_.clear();
    for (const auto& [ends, usd] : merged)
        bands_.push_back({ends.first, ends.second, usd});
    std::stable_sort(bands_.begin(), bands_.end(), [](const FlowBand& a, const FlowBand& b) { return a.usd > b.usd; });
    // The tooltip names every flow, including those whose labels did not fit.
    QStringList lines;
    for (const auto& band : bands_)
        lines << tr("%1 → %2: %3").arg(band.from, band.to, formatUsd(band.usd));
    setToolTip(lines.join(QLatin1Char('\n')));
    update();
}

void FlowDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (bands_.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Select entities with stated amounts to see where the money goes."));
        return;
    }
    std::map<QString, double> outTotals, inTotals;
    double total = 0;
    for (const auto& band : bands_) {
        outTotals[band.from] += band.usd;
        inTotals[band.to] += band.usd;
        total += band.usd;
    }
    const double margin = 8, gap = 6, barWidth = 10;
    const double labelWidth = std::min(140.0, width() * 0.3);
    const double height = this->height() - 2 * margin;
    const std::size_t most = std::max(outTotals.size(), inTotals.size());
    const double scale = std::max(0.0, height - gap * static_cast<double>(most - 1)) / total;
    auto left = columnSlots(outTotals, height, scale, gap);
    auto right = columnSlots(inTotals, height, scale, gap);
    const double x0 = margin + labelWidth, x1 = width() - margin - labelWidth;

    for (const auto& band : bands_) {
        Slot& from = slotNamed(left, band.from);
        Slot& to = slotNamed(right, band.to);
        const double thickness = band.usd * scale;
        const double y0 = margin + from.top + from.filled, y1 = margin + to.top + to.filled;
        from.filled += thickness;
        to.filled += thickness;
        const double midX = (x0 + x1) / 2;
        QPainterPath path({x0 + barWidth, y0});
        path.cubicTo(midX, y0, midX, y1, x1 - barWidth, y1);
        path.lineTo(x1 - barWidth, y1 + thickness);
        path.cubicTo(midX, y1 + thickness, midX, y0 + thickness, x0 + barWidth, y0 + thickness);
        path.closeSubpath();
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(90);
        painter.fillPath(path, colour);
    }
    painter.setPen(palette().color(QPalette::Text));
    const QColor bar = palette().color(QPalette::Highlight).darker(130);
    const double lineHeight = fontMetrics().height();
    // Labels of thin slots would pile on each other: a label is drawn only where it fits below the
    // previous one (slots come largest first, so the big payers keep theirs), the rest are counted.
    auto drawColumn = [&](const std::vector<Slot>& column, double barX, const QRectF& labelColumn, Qt::Alignment side) {
        std::vector<const Slot*> byPosition;
        for (const auto& slot : column)
            byPosition.push_back(&slot);
        std::stable_sort(byPosition.begin(), byPosition.end(), [](const Slot* a, const Slot* b) { return a->top < b->top; });
        double freeFrom = labelColumn.top();
        int hidden = 0;
        for (const Slot* slot : byPosition) {
            const QRectF box(barX, margin + slot->top, barWidth, std::max(1.0, slot->total * scale));
            painter.fillRect(box, bar);
            const QRectF label(labelColumn.left(), std::max(freeFrom, box.center().y() - lineHeight),
                               labelColumn.width(), 2 * lineHeight);
            if (label.bottom() > labelColumn.bottom() - lineHeight || label.top() > box.bottom()) {
                ++hidden;
                continue;
            }
            painter.drawText(label, side | Qt::AlignVCenter, slot->name + QLatin1Char('\n') + formatUsd(slot->total));
            freeFrom = label.bottom();
        }
        if (hidden > 0) {
            const QRectF note(labelColumn.left(), labelColumn.bottom() - lineHeight, labelColumn.width(), lineHeight);
            painter.drawText(note, side | Qt::AlignBottom, tr("+%n smaller", nullptr, hidden));
        }
    };
    const double labelsTop = margin, labelsBottom = this->height() - margin;
    drawColumn(left, x0, QRectF(margin, labelsTop, labelWidth - 4, labelsBottom - labelsTop), Qt::AlignRight);
    drawColumn(right, x1 - barWidth, QRectF(x1 + 4, labelsTop, labelWidth - 4, labelsBottom - labelsTop), Qt::AlignLeft);
}

} // namespace newsgraph::ui
