// Screen only: 1-px aliased lines (and dots, arrowheads) written straight into a layer, composited in one
// draw.
#pragma once

#include <QImage>
#include <QRectF>
#include <QRgb>

#include <array>
#include <cstdint>
#include <vector>

class QPainter;

namespace newsgraph::ui {

// Qt's raster engine draws a translucent 1-px line pixel by pixel through its generic span path:
// measured at 40-70 ns a pixel, so the few million pixels of a dense view took tens of ms. Here a
// pixel is one byte written into an index buffer (a palette entry per colour): about 1 ns, as the
// buffer is a quarter of an image's size and stays in the cache. The composite expands the indices
// into an image and blends it once (~1 ms for 1280×800). Where lines cross, the later one replaces
// the earlier instead of mixing with it: invisible at 1 px, and it is what makes a write cheap (the
// pixel underneath is never read). Exports do not use this; they keep exact vector lines.
class LineLayer
{
public:
    // Starts an empty layer over `area` (painter coordinates) with `pixelRatio` device pixels per unit.
    void begin(const QRectF& area, double pixelRatio);
    // All take painter coordinates and a premultiplied colour (qPremultiply).
    void addLine(QPointF a, QPointF b, QRgb colour);
    void addRect(const QRectF& rect, QRgb colour);
    void addTriangle(QPointF a, QPointF b, QPointF c, QRgb colour); // arrowheads: a few pixels each
    // Blends what was added onto `painter` (which must not be transformed); the next begin() clears it.
    void composite(QPainter& painter);

    bool isEmpty() const { return !used_; }

private:
    QPointF toPixels(QPointF p) const { return (p - area_.topLeft()) * ratio_; }
    std::uint8_t indexOf(QRgb colour); // 0 is "nothing here"
    void expand();                     // indices into image_ (over what is there), palette emptied

    std::vector<std::uint8_t> indices_; // one per device pixel, row by row
    std::array<QRgb, 256> palette_{};
    int paletteSize_ = 1;
    QImage image_;
    int width_ = 0, height_ = 0;
    QRectF area_;
    double ratio_ = 1;
    int thickness_ = 1;
    bool used_ = false;
    bool expanded_ = false; // image_ holds colours from an earlier palette (more than 255 colours in a frame)
};

} // namespace newsgraph::ui
