#include "layout/BarnesHutTree.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace newsgraph::ui {

namespace {
constexpr int maxDepthCells = 48; // below this, coincident points share one leaf

// Two bodies at the same spot still push apart, in a direction fixed by their indices.
QPointF separationFor(int self, int other, double strength)
{
    const double angle = static_cast<double>((self * 7919 + other * 104729) % 360) * 3.14159265358979 / 180.0;
    return {std::cos(angle) * strength, std::sin(angle) * strength};
}

QPointF pairForce(double dx, double dy, double strength, double mass)
{
    const double d2 = dx * dx + dy * dy;
    const double factor = strength * mass / d2; // |F| = strength * mass / d
    return {dx * factor, dy * factor};
}
} // namespace

void BarnesHutTree::build(const std::vector<QPointF>& points)
{
    points_ = &points;
    cells_.clear();
    next_.assign(points.size(), -1);
    if (points.empty())
        return;
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    Cell root;
    root.cx = (minX + maxX) / 2;
    root.cy = (minY + maxY) / 2;
    root.half = std::max({maxX - minX, maxY - minY, 1e-6}) / 2 * 1.0001;
    cells_.reserve(points.size() * 2);
    cells_.push_back(root);
    for (int i = 0; i < static_cast<int>(points.size()); ++i)
        insert(i);
    // Divide once here rather than at each of the ~10^9 cell visits of a large layout.
    for (Cell& cell : cells_)
        if (cell.mass > 0) {
            cell.massX /= cell.mass;
            cell.massY /= cell.mass;
        }
}

int BarnesHutTree::childFor(const Cell& cell, double x, double y) const
{
    return cell.firstChild + (x >= cell.cx ? 1 : 0) + (y >= cell.cy ? 2 : 0);
}

void BarnesHutTree::subdivide(int cellIndex)
{
    const Cell parent = cells_[static_cast<std::size_t>(cellIndex)];
    const int first = static_cast<int>(cells_.size());
    const double q = parent.half / 2;
    for (int k = 0; k < 4; ++k) {
        Cell child;
        child.cx = parent.cx + ((k & 1) ? q : -q);
        child.cy = parent.cy + ((k & 2) ? q : -q);
        child.half = q;
        cells_.push_back(child);
    }
    cells_[static_cast<std::size_t>(cellIndex)].firstChild = first;
}

void BarnesHutTree::insert(int body)
{
    const double x = (*points_)[static_cast<std::size_t>(body)].x();
    const double y = (*points_)[static_cast<std::size_t>(body)].y();
    int cellIndex = 0;
    for (int depth = 0;; ++depth) {
        Cell& cell = cells_[static_cast<std::size_t>(cellIndex)];
        cell.massX += x;
        cell.massY += y;
        cell.mass += 1;
        if (cell.firstChild >= 0) {
            cellIndex = childFor(cell, x, y);
            continue;
        }
        if (cell.firstBody < 0 || depth >= maxDepthCells) {
            next_[static_cast<std::size_t>(body)] = cell.firstBody;
            cell.firstBody = body;
            return;
        }
        // An occupied leaf: split it and push the resident bodies one level down.
        int resident = cell.firstBody;
        cell.firstBody = -1;
        subdivide(cellIndex); // may reallocate cells_: no references past this line
        while (resident >= 0) {
            const int following = next_[static_cast<std::size_t>(resident)];
            const QPointF& r = (*points_)[static_cast<std::size_t>(resident)];
            Cell& child = cells_[static_cast<std::size_t>(childFor(cells_[static_cast<std::size_t>(cellIndex)], r.x(), r.y()))];
            child.massX += r.x();
            child.massY += r.y();
            child.mass += 1;
            next_[static_cast<std::size_t>(resident)] = child.firstBody;
            child.firstBody = resident;
            resident = following;
        }
        cellIndex = childFor(cells_[static_cast<std::size_t>(cellIndex)], x, y);
    }
}

QPointF BarnesHutTree::repulsion(QPointF p, int self, double strength, double theta) const
{
    QPointF force;
    if (cells_.empty())
        return force;
    const double theta2 = theta * theta;
    // Depth-first with a fixed stack: at most 3 pending siblings per level, and depth is capped.
    std::array<int, 4 * (maxDepthCells + 8)> stack;
    std::size_t top = 0;
    stack[top++] = 0;
    while (top > 0) {
        const Cell& cell = cells_[static_cast<std::size_t>(stack[--top])];
        if (cell.mass == 0)
            continue;
        if (cell.firstChild < 0) {
            for (int b = cell.firstBody; b >= 0; b = next_[static_cast<std::size_t>(b)]) {
                if (b == self)
                    continue;
                const QPointF& q = (*points_)[static_cast<std::size_t>(b)];
                const double dx = p.x() - q.x(), dy = p.y() - q.y();
                if (dx * dx + dy * dy < 1e-12)
                    force += separationFor(self, b, std::sqrt(strength));
                else
                    force += pairForce(dx, dy, strength, 1);
            }
            continue;
        }
        const double dx = p.x() - cell.massX, dy = p.y() - cell.massY; // centre of mass
        const double d2 = dx * dx + dy * dy;
        const double size = cell.half * 2;
        // The body's own cell is never approximated: it contains the body itself.
        const bool inside = std::abs(p.x() - cell.cx) <= cell.half && std::abs(p.y() - cell.cy) <= cell.half;
        if (!inside && size * size < theta2 * d2) {
            force += pairForce(dx, dy, strength, cell.mass);
            continue;
        }
        for (int k = 0; k < 4; ++k)
            stack[top++] = cell.firstChild + k;
    }
    return force;
}

QPointF BarnesHutTree::exactRepulsion(const std::vector<QPointF>& points, int self, double strength)
{
    QPointF force;
    const QPointF p = points[static_cast<std::size_t>(self)];
    for (int b = 0; b < static_cast<int>(points.size()); ++b) {
        if (b == self)
            continue;
        const double dx = p.x() - points[static_cast<std::size_t>(b)].x();
        const double dy = p.y() - points[static_cast<std::size_t>(b)].y();
        if (dx * dx + dy * dy < 1e-12)
            force += separationFor(self, b, std::sqrt(strength));
        else
            force += pairForce(dx, dy, strength, 1);
    }
    return force;
}

} // namespace newsgraph::ui
