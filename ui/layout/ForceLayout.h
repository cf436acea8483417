// Force-directed layout, one step at a time: Barnes–Hut repulsion, springs, gravity, cooling.
#pragma once

#include "layout/BarnesHutTree.h"
#include "layout/LayoutInput.h"

#include <QPointF>

#include <vector>

namespace newsgraph::ui {

// Deterministic: the same input and seed give the same positions after the same number of steps,
// whatever thread runs it and however often snapshots are taken.
class ForceLayout
{
public:
    explicit ForceLayout(const LayoutInput& input);

    // One iteration; returns false once the layout has converged (nothing moves more than a little).
    bool step();
    void runToConvergence(int maxIterations = 1000);

    const std::vector<QPointF>& positions() const { return positions_; }
    int iteration() const { return iteration_; }
    bool converged() const { return converged_; }

    // A node dragged by the user while the layout runs: it stays where it is put.
    void pin(int node, QPointF position);
    void unpin(int node);

    double theta = 0.8; // Barnes–Hut opening angle

private:
    std::vector<QPointF> positions_;
    std::vector<QPointF> forces_;
    std::vector<bool> pinned_;
    std::vector<std::pair<int, int>> edges_;
    BarnesHutTree tree_;
    double k_ = 60;          // ideal distance
    double gravity_ = 0;     // pull towards the origin, per unit distance
    double temperature_ = 0; // largest move allowed this step
    double minTemperature_ = 0;
    int iteration_ = 0;
    bool converged_ = false;
};

} // namespace newsgraph::ui
