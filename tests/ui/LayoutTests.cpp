// Layout algorithms: determinism, separation, Barnes–Hut accuracy, circular/grouped/radial geometry.
#include <catch2/catch.hpp>

#include "layout/BarnesHutTree.h"
#include "layout/CircularLayout.h"
#include "layout/ForceLayout.h"
#include "layout/GroupedLayout.h"
#include "layout/LayoutComputation.h"
#include "layout/RadialLayout.h"
#include "layout/SeededRandom.h"

#include <cmath>

using namespace newsgraph::ui;

namespace {

// A ring of 5 triangles joined by a chain, plus two isolated nodes.
LayoutInput sampleInput(std::uint64_t seed)
{
    LayoutInput input;
    input.nodeCount = 17;
    input.seed = seed;
    for (int t = 0; t < 5; ++t) {
        const int b = t * 3;
        input.edges.insert(input.edges.end(), {{b, b + 1}, {b + 1, b + 2}, {b + 2, b}});
        if (t > 0)
            input.edges.emplace_back(b, b - 3);
    }
    for (int i = 0; i < input.nodeCount; ++i)
        input.groups.push_back(i % 3);
    return input;
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

double minimumDistance(const std::vector<QPointF>& points)
{
    double best = 1e300;
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            best = std::min(best, distance(points[i], points[j]));
    return best;
}

} // namespace

TEST_CASE("Force layout is reproducible from its seed", "[layout]")
{
    const auto a = computeLayout(LayoutKind::Force, sampleInput(7));
    const auto b = computeLayout(LayoutKind::Force, sampleInput(7));
    const auto c = computeLayout(LayoutKind::Force, sampleInput(8));
    REQUIRE(a.size() == 17);
    CHECK(a == b); // bit for bit
    CHECK(a != c);
}

TEST_CASE("Force layout separates nodes and keeps neighbours closer than strangers", "[layout]")
{
    LayoutInput input = sampleInput(3);
    ForceLayout layout(input);
    layout.runToConvergence(2000);
    CHECK(layout.converged());
    const auto& p = layout.positions();
    CHECK(minimumDistance(p) > input.edgeLength * 0.2);
    double linked = 0, all = 0;
    for (const auto& [s, t] : input.edges)
        linked += distance(p[static_cast<std::size_t>(s)], p[static_cast<std::size_t>(t)]);
    linked /= static_cast<double>(input.edges.size());
    int pairs = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        for (std::size_t j = i + 1; j < p.size(); ++j, ++pairs)
            all += distance(p[i], p[j]);
    all /= pairs;
    CHECK(linked < all * 0.6);
}

TEST_CASE("Pinned nodes keep their position in every layout", "[layout]")
{
    LayoutInput input = sampleInput(1);
    input.positions.assign(17, QPointF());
    input.pinned.assign(17, false);
    input.positions[4] = QPointF(1234, -567);
    input.pinned[4] = true;
    for (LayoutKind kind : {LayoutKind::Force, LayoutKind::Circular, LayoutKind::Grouped, LayoutKind::Radial})
        CHECK(computeLayout(kind, input)[4] == QPointF(1234, -567));
}

TEST_CASE("Barnes-Hut repulsion is close to the exact sum", "[layout]")
{
    SeededRandom random(42);
    std::vector<QPointF> points;
    for (int i = 0; i < 2000; ++i)
        points.emplace_back(random.unit() * 1000, random.unit() * 1000);
    points.emplace_back(points[5]); // a coincident pair must not blow up
    BarnesHutTree tree;
    tree.build(points);
    double errorSum = 0, magnitudeSum = 0;
    for (int i = 0; i < static_cast<int>(points.size()); i += 37) {
        const QPointF exact = BarnesHutTree::exactRepulsion(points, i, 3600);
        const QPointF approx = tree.repulsion(points[static_cast<std::size_t>(i)], i, 3600, 0.5);
        const QPointF zeroTheta = tree.repulsion(points[static_cast<std::size_t>(i)], i, 3600, 0.0);
        CHECK(distance(zeroTheta, exact) <= 1e-6 * std::max(1.0, std::hypot(exact.x(), exact.y())));
        errorSum += distance(approx, exact);
        magnitudeSum += std::hypot(exact.x(), exact.y());
    }
    CHECK(errorSum / magnitudeSum < 0.03);
}

TEST_CASE("Circular layout puts every node on one ring, grouped by type", "[layout]")
{
    const auto p = circularLayout(sampleInput(1));
    const double r = distance(p[0], QPointF());
    CHECK(r > 0);
    for (const QPointF& point : p)
        CHECK(distance(point, QPointF()) == Approx(r).epsilon(1e-9));
    CHECK(minimumDistance(p) > 10);
}

TEST_CASE("Grouped layout clusters each type apart from the others", "[layout]")
{
    const LayoutInput input = sampleInput(1);
    const auto p = groupedLayout(input);
    // Every node is nearer its own group's centroid than any other group's.
    std::vector<QPointF> centroid(3);
    std::vector<int> count(3, 0);
    for (int i = 0; i < input.nodeCount; ++i) {
        centroid[static_cast<std::size_t>(input.groups[static_cast<std::size_t>(i)])] += p[static_cast<std::size_t>(i)];
        ++count[static_cast<std::size_t>(input.groups[static_cast<std::size_t>(i)])];
    }
    for (std::size_t g = 0; g < 3; ++g)
        centroid[g] /= count[g];
    for (int i = 0; i < input.nodeCount; ++i) {
        const auto own = static_cast<std::size_t>(input.groups[static_cast<std::size_t>(i)]);
        for (std::size_t g = 0; g < 3; ++g)
            if (g != own)
                CHECK(distance(p[static_cast<std::size_t>(i)], centroid[own]) < distance(p[static_cast<std::size_t>(i)], centroid[g]));
    }
    CHECK(minimumDistance(p) > 10);
}

TEST_CASE("Radial layout puts hop k on ring k around the selection", "[layout]")
{
    LayoutInput input = sampleInput(1);
    input.roots = {6};
    const auto rings = ringsFrom(input);
    CHECK(rings[6] == 0);
    CHECK(rings[7] == 1);
    CHECK(rings[16] == -1); // isolated
    const auto p = radialLayout(input);
    CHECK(distance(p[6], QPointF()) == Approx(0).margin(1e-9));
    for (int i = 0; i < input.nodeCount; ++i)
        for (int j = 0; j < input.nodeCount; ++j) {
            const int ri = rings[static_cast<std::size_t>(i)] < 0 ? 99 : rings[static_cast<std::size_t>(i)];
            const int rj = rings[static_cast<std::size_t>(j)] < 0 ? 99 : rings[static_cast<std::size_t>(j)];
            if (ri < rj)
                CHECK(distance(p[static_cast<std::size_t>(i)], QPointF()) < distance(p[static_cast<std::size_t>(j)], QPointF()));
        }
}
