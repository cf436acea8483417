// A Barnes–Hut quadtree over 2-D points: approximate all-pairs repulsion in O(n log n).
#pragma once

#include <QPointF>

#include <vector>

namespace newsgraph::ui {

// Repulsion follows Fruchterman–Reingold: |F| = strength / distance, pointing away from the other body.
// Far cells (cell size / distance < theta) act as one body at their centre of mass.
class BarnesHutTree
{
public:
    void build(const std::vector<QPointF>& points);

    // Force on body `self` at `p` from every other body; theta = 0 gives the exact sum.
    // Read-only: several threads may query one tree at once.
    QPointF repulsion(QPointF p, int self, double strength, double theta) const;

    // The exact O(n) sum for one body, for tests and tiny graphs.
    static QPointF exactRepulsion(const std::vector<QPointF>& points, int self, double strength);

private:
    struct Cell {
        double cx = 0, cy = 0, half = 0; // square bounds: centre and half size
        double massX = 0, massY = 0;     // sum of positions while building; the centre of mass after
        int mass = 0;
        int firstChild = -1;             // four consecutive cells, or -1 for a leaf
        int firstBody = -1;              // leaf: linked list through next_
    };

    void insert(int body);
    int childFor(const Cell& cell, double x, double y) const;
    void subdivide(int cellIndex);

    std::vector<Cell> cells_;
    std::vector<int> next_;
    const std::vector<QPointF>* points_ = nullptr;
};

} // namespace newsgraph::ui
