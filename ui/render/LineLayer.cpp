#include "render/LineLayer.h"

#include "render/LineClip.h"
#include "render/ScreenCache.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace newsgraph::ui {

void LineLayer::begin(const QRectF& area, double pixelRatio)
{
    area_ = area;
    ratio_ = pixelRatio > 0 ? pixelRatio : 1;
    width_ = std::max(1, static_cast<int>(std::ceil(area.width() * ratio_)));
    height_ = std::max(1, static_cast<int>(std::ceil(area.height() * ratio_)));
    const auto pixels = static_cast<std::size_t>(width_) * static_cast<std::size_t>(height_);
    if (indices_.size() != pixels || used_)
        indices_.assign(pixels, 0); // kept between frames: no allocation per frame
    if (image_.size() != QSize(width_, height_))
        image_ = QImage(width_, height_, QImage::Format_ARGB32_Premultiplied);
    image_.setDevicePixelRatio(ratio_);
    thickness_ = std::max(1, static_cast<int>(std::lround(ratio_)));
    paletteSize_ = 1;
    used_ = expanded_ = false;
}

std::uint8_t LineLayer::indexOf(QRgb colour)
{
    // A frame uses a few dozen colours; a linear search from the newest is short.
    for (int i = paletteSize_ - 1; i > 0; --i)
        if (palette_[static_cast<std::size_t>(i)] == colour)
            return static_cast<std::uint8_t>(i);
    if (paletteSize_ == static_cast<int>(palette_.size()))
        expand(); // community colours can exceed 255: move what is drawn into the image and go on
    palette_[static_cast<std::size_t>(paletteSize_)] = colour;
    return static_cast<std::uint8_t>(paletteSize_++);
}

void LineLayer::addLine(QPointF a, QPointF b, QRgb colour)
{
    // Pixel (x, y) covers [x, x+1) × [y, y+1) of the layer; clip first so that only visible pixels are
    // walked.
    QLineF line(toPixels(a), toPixels(b));
    if (!clipLine(line, QRectF(0, 0, width_ - 1e-6, height_ - 1e-6)))
        return;
    used_ = true;
    const std::uint8_t index = indexOf(colour);
    std::uint8_t* bits = indices_.data();
    // A DDA in 16.16 fixed point along the main direction: one add and one store per pixel, no
    // data-dependent branch (Bresenham's error test mispredicts about every other pixel).
    const bool steep = std::abs(line.dy()) > std::abs(line.dx());
    const double u1 = steep ? line.y1() : line.x1(), u2 = steep ? line.y2() : line.x2(); // main direction
    const double v1 = steep ? line.x1() : line.y1(), v2 = steep ? line.x2() : line.y2();
    const int start = static_cast<int>(u1), end = static_cast<int>(u2); // clipped: never negative
    const int direction = end < start ? -1 : 1, steps = std::abs(end - start);
    const double slope = u2 != u1 ? (v2 - v1) / (u2 - u1) * direction : 0; // minor change per step
    const double vStart = v1 + (start + 0.5 - u1) * slope * direction;     // at the first pixel's centre
    const auto step = static_cast<std::int64_t>(std::llround(slope * 65536));
    const int vLimit = steep ? width_ : height_;
    const std::ptrdiff_t uStride = steep ? width_ : 1, vStride = steep ? 1 : width_;
    // A 1-unit pen is `thickness_` device pixels wide (2 on a 2× screen): parallel passes across the main
    // direction.
    for (int pass = 0; pass < thickness_; ++pass) {
        auto v = static_cast<std::int64_t>(std::floor((vStart + pass) * 65536));
        std::uint8_t* at = bits + start * uStride;
        for (int k = 0; k <= steps; ++k, at += direction * uStride, v += step) {
            // The clipped line stays inside; rounding of the fixed point may reach one pixel beyond.
            const int across = std::clamp(static_cast<int>(v >> 16), 0, vLimit - 1);
            at[across * vStride] = index;
        }
    }
}

void LineLayer::addRect(const QRectF& rect, QRgb colour)
{
    const QRectF pixels(toPixels(rect.topLeft()), toPixels(rect.bottomRight()));
    // Pixels whose centres are inside, as Qt's aliased fill does.
    const int left = std::max(0, static_cast<int>(std::lround(pixels.left())));
    const int right = std::min(width_, static_cast<int>(std::lround(pixels.right())));
    const int top = std::max(0, static_cast<int>(std::lround(pixels.top())));
    const int bottom = std::min(height_, static_cast<int>(std::lround(pixels.bottom())));
    if (left >= right || top >= bottom)
        return;
    used_ = true;
    const std::uint8_t index = indexOf(colour);
    for (int y = top; y < bottom; ++y)
        std::fill_n(indices_.data() + static_cast<std::ptrdiff_t>(y) * width_ + left, right - left, index);
}

void LineLayer::addTriangle(QPointF a, QPointF b, QPointF c, QRgb colour)
{
    const std::array<QPointF, 3> corners{toPixels(a), toPixels(b), toPixels(c)};
    const double top = std::min({corners[0].y(), corners[1].y(), corners[2].y()});
    const double bottom = std::max({corners[0].y(), corners[1].y(), corners[2].y()});
    std::uint8_t index = 0;
    // Row by row: where the row's centre line crosses the three sides bounds the run of pixels
    // whose centres are inside (as Qt's aliased fill).
    for (int y = std::max(0, static_cast<int>(std::lround(top)));
         y < std::min(height_, static_cast<int>(std::lround(bottom))); ++y) {
        const double centre = y + 0.5;
        double from = std::numeric_limits<double>::max(), to = std::numeric_limits<double>::lowest();
        for (std::size_t k = 0; k < 3; ++k) {
            const QPointF p = corners[k], q = corners[(k + 1) % 3];
            if ((p.y() <= centre) == (q.y() <= centre))
                continue; // this side does not cross the row
            const double x = p.x() + (centre - p.y()) * (q.x() - p.x()) / (q.y() - p.y());
            from = std::min(from, x);
            to = std::max(to, x);
        }
        const int left = std::max(0, static_cast<int>(std::lround(from))),
                  right = std::min(width_, static_cast<int>(std::lround(to)));
        if (left >= right)
            continue;
        if (index == 0)
            index = indexOf(colour);
        std::fill_n(indices_.data() + static_cast<std::ptrdiff_t>(y) * width_ + left, right - left, index);
        used_ = true;
    }
}

void LineLayer::expand()
{
    for (int y = 0; y < height_; ++y) {
        const std::uint8_t* from = indices_.data() + static_cast<std::ptrdiff_t>(y) * width_;
        auto* to = reinterpret_cast<QRgb*>(image_.scanLine(y));
        if (expanded_) { // over colours of an earlier palette
            for (int x = 0; x < width_; ++x)
                if (from[x] != 0)
                    to[x] = palette_[from[x]];
        } else { // every pixel written: no clearing needed before
            for (int x = 0; x < width_; ++x)
                to[x] = palette_[from[x]];
        }
    }
    std::fill(indices_.begin(), indices_.end(), 0);
    paletteSize_ = 1;
    expanded_ = true;
}

void LineLayer::composite(QPainter& painter)
{
    if (!used_)
        return;
    expand();
    painter.drawImage(pixelAligned(area_.topLeft(), ratio_), image_);
    // Empty again for whatever the frame adds next (the dots after a highlighted path, say).
    expanded_ = false;
    used_ = false;
}

} // namespace newsgraph::ui
