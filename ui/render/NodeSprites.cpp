#include "render/NodeSprites.h"

#include <QPainter>

#include <cmath>

namespace newsgraph::ui {

const QImage& NodeSprites::sprite(const Look& look, double pixelRatio)
{
    const Key key{static_cast<int>(look.shape),
                  look.fill,
                  look.outline,
                  static_cast<int>(std::lround(look.outlineWidth * pixelRatio * 8)),
                  static_cast<int>(std::lround(look.radius * pixelRatio * 4)),
                  static_cast<int>(std::lround(pixelRatio * 100))};
    if (const auto it = sprites_.constFind(key); it != sprites_.constEnd())
        return *it;
    if (bytes_ >= capacityBytes)
        clear();

    // Drawn as GraphRenderer draws a node for export: the unit shape scaled, outline centred on its edge.
    const double radius = key.radius / 4.0, outline = key.outlineWidth / 8.0; // device pixels
    const int side = 2 * static_cast<int>(std::ceil(radius + outline / 2 + 1));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(0);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(outline > 0 ? QPen(QColor::fromRgba(look.outline), outline) : QPen(Qt::NoPen));
        painter.setBrush(QColor::fromRgba(look.fill));
        painter.drawPath(QTransform::fromTranslate(side / 2.0, side / 2.0)
                             .scale(radius, radius)
                             .map(GraphStyle::unitShape(look.shape)));
    }
    image.setDevicePixelRatio(pixelRatio);
    bytes_ += image.sizeInBytes();
    return *sprites_.insert(key, image);
}

void NodeSprites::clear()
{
    sprites_.clear();
    bytes_ = 0;
}

} // namespace newsgraph::ui
