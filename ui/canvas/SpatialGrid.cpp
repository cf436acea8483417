#include "canvas/SpatialGrid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace newsgraph::ui {

void SpatialGrid::build(const std::vector<QPointF>& points, double largestRadius)
{
    points_ = points;
    margin_ = largestRadius;
    items_.clear();
    cellStart_.assign(2, 0);
    columns_ = rows_ = 1;
    if (points.empty()) {
        bounds_ = {};
        return;
    }
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    bounds_ = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    // About two points per cell on average, capped so the grid stays small.
    const double area = std::max(1.0, (maxX - minX + 1) * (maxY - minY + 1));
    cellSize_ = std::max(1e-3, std::sqrt(area * 2 / static_cast<double>(points.size())));
    columns_ = std::clamp(static_cast<int>((maxX - minX) / cellSize_) + 1, 1, 2048);
    rows_ = std::clamp(static_cast<int>((maxY - minY) / cellSize_) + 1, 1, 2048);
    cellSize_ = std::max((maxX - minX) / columns_, (maxY - minY) / rows_) * 1.000001 + 1e-9;

    const std::size_t cellCount = static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_);
    std::vector<int> cellOf(points.size());
    cellStart_.assign(cellCount + 1, 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        cellOf[i] = cellY(points[i].y()) * columns_ + cellX(points[i].x());
        ++cellStart_[static_cast<std::size_t>(cellOf[i]) + 1];
    }
    for (std::size_t c = 0; c < cellCount; ++c)
        cellStart_[c + 1] += cellStart_[c];
    items_.resize(points.size());
    std::vector<int> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (std::size_t i = 0; i < points.size(); ++i)
        items_[static_cast<std::size_t>(fill[static_cast<std::size_t>(cellOf[i])]++)] = static_cast<int>(i);
}

int SpatialGrid::cellX(double x) const
{
    return std::clamp(static_cast<int>(std::floor((x - bounds_.left()) / cellSize_)), 0, columns_ - 1);
}

int SpatialGrid::cellY(double y) const
{
    return std::clamp(static_cast<int>(std::floor((y - bounds_.top()) / cellSize_)), 0, rows_ - 1);
}

std::vector<int> SpatialGrid::query(const QRectF& rect) const
{
    std::vector<int> result;
    if (points_.empty())
        return result;
    const QRectF grown = rect.normalized().adjusted(-margin_, -margin_, margin_, margin_);
    if (!grown.intersects(bounds_.adjusted(-1, -1, 1, 1)))
        return result;
    if (grown.contains(bounds_)) { // the whole graph in view: every point, no cell walk or sort
        result.resize(points_.size());
        std::iota(result.begin(), result.end(), 0);
        return result;
    }
    const int x0 = cellX(grown.left()), x1 = cellX(grown.right());
    const int y0 = cellY(grown.top()), y1 = cellY(grown.bottom());
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const auto c = static_cast<std::size_t>(y * columns_ + x);
            for (int k = cellStart_[c]; k < cellStart_[c + 1]; ++k) {
                const int i = items_[static_cast<std::size_t>(k)];
                if (grown.contains(points_[static_cast<std::size_t>(i)]))
                    result.push_back(i);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

int SpatialGrid::nearest(QPointF p, double maxDistance, const std::vector<double>& radii) const
{
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    const double reach = maxDistance + margin_;
    for (int i : query(QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach))) {
        const QPointF d = points_[static_cast<std::size_t>(i)] - p;
        const double radius = static_cast<std::size_t>(i) < radii.size() ? radii[static_cast<std::size_t>(i)] : 0;
        const double distance = std::max(0.0, std::hypot(d.x(), d.y()) - radius);
        // Ties go to the later (drawn on top) node.
        if (distance <= maxDistance && distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace newsgraph::ui
