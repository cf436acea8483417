// Greedy label placement: the most important labels first, each only where it overlaps nothing placed.
#pragma once

#include <QRectF>

#include <span>
#include <vector>

namespace newsgraph::ui {

// Occupied rectangles are bucketed in a coarse grid, so each test looks only at nearby labels.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF& area, double cellSize = 64);

    // Tries the candidate rectangles in order; places and returns the index of the first free one, or -1.
    int place(std::span<const QRectF> candidates);
    bool isFree(const QRectF& rect) const;
    void occupy(const QRectF& rect);

    const std::vector<QRectF>& placed() const { return placed_; }

private:
    template <typename Visit> void forCells(const QRectF& rect, Visit visit) const;

    QRectF area_;
    double cellSize_;
    int columns_, rows_;
    std::vector<std::vector<int>> cells_;
    std::vector<QRectF> placed_;
};

} // namespace newsgraph::ui
