// Screen only: each node look (shape, fill, outline, size) drawn once into a small image, then copied.
#pragma once

#include "render/GraphStyle.h"

#include <QHash>
#include <QImage>
#include <QRgb>

namespace newsgraph::ui {

// Qt fills and strokes an antialiased path per node (~8 µs); copying a ready sprite costs ~1 µs.
// Radii are rounded to a quarter device pixel, so one zoom level needs a few hundred sprites, and
// a sprite lands on whole pixels (at most half a pixel from the exact centre). Exports never use
// sprites: they draw exact vector paths.
class NodeSprites
{
public:
    struct Look
    {
        NodeShape shape = NodeShape::Circle;
        QRgb fill = 0; // unpremultiplied
        QRgb outline = 0;
        double outlineWidth = 0; // painter units
        double radius = 0;       // painter units
    };

    // Large nodes (close zoom, few on screen) are cheaper to draw directly than to keep as images.
    static bool suits(const Look& look, double pixelRatio) { return look.radius * pixelRatio <= 48; }
    // The sprite for `look` at `pixelRatio` device pixels per unit (its devicePixelRatio is set):
    // draw it with its centre at the node's centre. Valid until the next call.
    const QImage& sprite(const Look& look, double pixelRatio);
    int size() const { return static_cast<int>(sprites_.size()); }
    void clear();

    // Beyond this many bytes (zooming through many levels) the cache starts again rather than
    // tracking use: rebuilding one level costs a few ms once.
    static constexpr qsizetype capacityBytes = 16 << 20;

private:
    struct Key
    {
        int shape;
        QRgb fill, outline;
        int outlineWidth; // 1/8 device pixel
        int radius;       // 1/4 device pixel
        int ratio;        // 1/100
        bool operator==(const Key&) const = default;
        friend size_t qHash(const Key& key, size_t seed)
        {
            return qHashMulti(seed, key.shape, key.fill, key.outline, key.outlineWidth, key.radius,
                              key.ratio);
        }
    };
    QHash<Key, QImage> sprites_;
    qsizetype bytes_ = 0;
};

} // namespace newsgraph::ui
