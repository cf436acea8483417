#include "layout/ForceLayout.h"

#include "layout/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace newsgraph::ui {

namespace {
constexpr double cooling = 0.95;
constexpr int minimumIterations = 30;
} // namespace

ForceLayout::ForceLayout(const LayoutInput& input)
    : pinned_(static_cast<std::size_t>(input.nodeCount), false)
    , k_(input.edgeLength)
{
    const auto n = static_cast<std::size_t>(input.nodeCount);
    positions_.resize(n);
    forces_.resize(n);
    // Start in a disc whose area gives every node about (1.5 k)^2 of room, so little travel is needed.
    const double radius = 1.5 * k_ * std::sqrt(std::max<double>(1, static_cast<double>(n)) / 3.14159265358979);
    SeededRandom random(input.seed);
    for (std::size_t i = 0; i < n; ++i) {
        const double r = radius * std::sqrt(random.unit());
        const double a = random.unit() * 2 * 3.14159265358979;
        const QPointF seeded(r * std::cos(a), r * std::sin(a));
        pinned_[i] = input.isPinned(static_cast<int>(i));
        positions_[i] = pinned_[i] ? input.positions[i] : seeded;
    }
    for (const auto& [s, t] : input.edges)
        if (s != t && s >= 0 && t >= 0 && s < input.nodeCount && t < input.nodeCount)
            edges_.emplace_back(s, t);
    // Uniform-density equilibrium: repulsion from the mass inside radius r grows like r, as does gravity.
    gravity_ = 0.8;
    temperature_ = k_ * (1 + std::sqrt(static_cast<double>(n)) * 0.1);
    minTemperature_ = k_ * 0.01;
}

void ForceLayout::pin(int node, QPointF position)
{
    if (node < 0 || node >= static_cast<int>(positions_.size()))
        return;
    pinned_[static_cast<std::size_t>(node)] = true;
    positions_[static_cast<std::size_t>(node)] = position;
}

void ForceLayout::unpin(int node)
{
    if (node >= 0 && node < static_cast<int>(pinned_.size()))
        pinned_[static_cast<std::size_t>(node)] = false;
}

bool ForceLayout::step()
{
    if (converged_ || positions_.empty()) {
        converged_ = true;
        return false;
    }
    const std::size_t n = positions_.size();
    const double k2 = k_ * k_;
    tree_.build(positions_);
    // Each body's force depends only on the tree, so splitting the loop across threads changes
    // nothing in the result: the layout stays identical for a seed.
    auto computeRange = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const QPointF p = positions_[i];
            forces_[i] = tree_.repulsion(p, static_cast<int>(i), k2, theta) - p * gravity_;
        }
    };
    const std::size_t workers = n < 4000 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::thread> threads;
    for (std::size_t w = 1; w < workers; ++w)
        threads.emplace_back(computeRange, n * w / workers, n * (w + 1) / workers);
    computeRange(0, n / workers);
    for (std::thread& thread : threads)
        thread.join();
    for (const auto& [s, t] : edges_) {
        const QPointF delta = positions_[static_cast<std::size_t>(s)] - positions_[static_cast<std::size_t>(t)];
        const double d = std::hypot(delta.x(), delta.y());
        const QPointF pull = delta * (d / k_); // |F| = d^2 / k
        forces_[static_cast<std::size_t>(s)] -= pull;
        forces_[static_cast<std::size_t>(t)] += pull;
    }
    double largestMove = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (pinned_[i])
            continue;
        const QPointF f = forces_[i];
        const double length = std::hypot(f.x(), f.y());
        if (length < 1e-12)
            continue;
        const double move = std::min(length, temperature_);
        positions_[i] += f * (move / length);
        largestMove = std::max(largestMove, move);
    }
    temperature_ *= cooling;
    ++iteration_;
    if (iteration_ >= minimumIterations && (temperature_ < minTemperature_ || largestMove < minTemperature_))
        converged_ = true;
    return !converged_;
}

void ForceLayout::runToConvergence(int maxIterations)
{
    while (iteration_ < maxIterations && step()) {
    }
}

} // namespace newsgraph::ui
