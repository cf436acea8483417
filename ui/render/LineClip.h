// Liang–Barsky clipping of a segment to a rectangle, shared by the edge painter and the line layer.
#pragma once

#include <QLineF>
#include <QRectF>

#include <algorithm>

namespace newsgraph::ui {

// Trims `line` to `rect`; false when nothing of it is inside. Off-screen lengths are never rasterised.
inline bool clipLine(QLineF& line, const QRectF& rect)
{
    const double dx = line.dx(), dy = line.dy();
    double t0 = 0, t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = line.p1();
    line = QLineF(start + QPointF(dx, dy) * t0, start + QPointF(dx, dy) * t1);
    return true;
}

} // namespace newsgraph::ui
