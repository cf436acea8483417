// A uniform grid over node positions: which nodes lie in a rectangle, which is nearest a point.
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace newsgraph::ui {

// Rebuilt whenever positions change (O(n), a few ms for 100k nodes); queries touch only nearby cells.
class SpatialGrid
{
public:
    void build(const std::vector<QPointF>& points, double largestRadius);

    // Indices (ascending) of points inside `rect` grown by the largest node radius.
    std::vector<int> query(const QRectF& rect) const;
    // The point nearest `p` within `maxDistance` (after subtracting that node's radius), or -1.
    int nearest(QPointF p, double maxDistance, const std::vector<double>& radii) const;

    QRectF bounds() const { return bounds_; }
    bool isEmpty() const { return points_.empty(); }

private:
    int cellX(double x) const;
    int cellY(double y) const;

    std::vector<QPointF> points_;
    std::vector<int> cellStart_; // CSR: items of cell c are items_[cellStart_[c] .. cellStart_[c+1])
    std::vector<int> items_;
    QRectF bounds_;
    double cellSize_ = 1;
    double margin_ = 0;
    int columns_ = 1, rows_ = 1;
};

} // namespace newsgraph::ui
