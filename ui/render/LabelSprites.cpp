#include "render/LabelSprites.h"

#include "render/GraphStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace newsgraph::ui {

void LabelSprites::paintLabel(QPainter& painter, const QRectF& box, const QString& text, const QFont& font,
                              double ascent, bool faded, double uiScale)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, faded ? 60 : 190));
    painter.drawRoundedRect(box, 3 * uiScale, 3 * uiScale);
    painter.setFont(font);
    painter.setPen(faded ? QColor(40, 40, 40, 70) : QColor(25, 25, 25));
    painter.drawText(QPointF(box.left() + 3 * uiScale, box.top() + 1 * uiScale + ascent), text);
}

void LabelSprites::setScale(double uiScale, double pixelRatio)
{
    if (uiScale == uiScale_ && pixelRatio == pixelRatio_)
        return;
    clear();
    uiScale_ = uiScale;
    pixelRatio_ = pixelRatio;
    fonts_ = {GraphStyle::labelFont(12 * uiScale), GraphStyle::labelFont(12 * uiScale, true)};
}

void LabelSprites::clear()
{
    entries_.clear();
    bytes_ = 0;
}

LabelSprites::Entry& LabelSprites::entry(core::EntityId id, const QString& text)
{
    if (entries_.size() >= capacityEntries && !entries_.contains(id))
        clear();
    Entry& found = entries_[id];
    if (found.text != text) { // new, or renamed since
        for (const QImage& image : found.images)
            bytes_ -= image.sizeInBytes();
        found = Entry{text, {-1, -1}, {}};
    }
    return found;
}

double LabelSprites::width(core::EntityId id, const QString& text, bool bold)
{
    Entry& found = entry(id, text);
    double& width = found.width[bold ? 1 : 0];
    if (width < 0)
        width = QFontMetricsF(fonts_[bold ? 1 : 0]).horizontalAdvance(text) + 6 * uiScale_;
    return width;
}

const QImage& LabelSprites::sprite(core::EntityId id, const QString& text, bool bold, bool faded, QSizeF box)
{
    if (bytes_ >= capacityBytes) {
        for (Entry& each : entries_)
            each.images = {};
        bytes_ = 0;
    }
    Entry& found = entry(id, text);
    QImage& image = found.images[static_cast<std::size_t>((bold ? 2 : 0) + (faded ? 1 : 0))];
    const QSize pixels(static_cast<int>(std::ceil(box.width() * pixelRatio_)),
                       static_cast<int>(std::ceil(box.height() * pixelRatio_)));
    if (!image.isNull() && image.size() == pixels)
        return image;
    bytes_ -= image.sizeInBytes();
    image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(0);
    image.setDevicePixelRatio(pixelRatio_);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        const QFont& font = fonts_[bold ? 1 : 0];
        paintLabel(painter, QRectF(QPointF(0, 0), box), text, font, QFontMetricsF(font).ascent(), faded,
                   uiScale_);
    }
    bytes_ += image.sizeInBytes();
    return image;
}

} // namespace newsgraph::ui
