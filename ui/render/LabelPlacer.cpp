#include "render/LabelPlacer.h"

#include <algorithm>
#include <cmath>

namespace newsgraph::ui {

LabelPlacer::LabelPlacer(const QRectF& area, double cellSize)
    : area_(area)
    , cellSize_(std::max(cellSize, 1.0))
    , columns_(std::clamp(static_cast<int>(std::ceil(area.width() / cellSize_)), 1, 1024))
    , rows_(std::clamp(static_cast<int>(std::ceil(area.height() / cellSize_)), 1, 1024))
    , cells_(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_))
{
}

template <typename Visit> void LabelPlacer::forCells(const QRectF& rect, Visit visit) const
{
    auto column = [&](double x) { return std::clamp(static_cast<int>(std::floor((x - area_.left()) / cellSize_)), 0, columns_ - 1); };
    auto row = [&](double y) { return std::clamp(static_cast<int>(std::floor((y - area_.top()) / cellSize_)), 0, rows_ - 1); };
    for (int y = row(rect.top()); y <= row(rect.bottom()); ++y)
        for (int x = column(rect.left()); x <= column(rect.right()); ++x)
            if (!visit(static_cast<std::size_t>(y * columns_ + x)))
                return;
}

bool LabelPlacer::isFree(const QRectF& rect) const
{
    bool free = true;
    forCells(rect, [&](std::size_t cell) {
        for (int i : cells_[cell])
            if (placed_[static_cast<std::size_t>(i)].intersects(rect)) {
                free = false;
                return false;
            }
        return true;
    });
    return free;
}

void LabelPlacer::occupy(const QRectF& rect)
{
    const int index = static_cast<int>(placed_.size());
    placed_.push_back(rect);
    forCells(rect, [&](std::size_t cell) {
        cells_[cell].push_back(index);
        return true;
    });
}

int LabelPlacer::place(std::span<const QRectF> candidates)
{
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (isFree(candidates[i])) {
            occupy(candidates[i]);
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace newsgraph::ui
