#include "layout/GroupedLayout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace newsgraph::ui {

namespace {
constexpr double pi = 3.14159265358979;
constexpr double goldenAngle = 2.39996322972865332;
} // namespace

QPointF sunflowerPoint(std::size_t index, double spacing)
{
    const double r = spacing * std::sqrt(static_cast<double>(index) + 0.5) * 0.6;
    const double a = static_cast<double>(index) * goldenAngle;
    return {r * std::cos(a), r * std::sin(a)};
}

double sunflowerRadius(std::size_t count, double spacing)
{
    return spacing * std::sqrt(static_cast<double>(count) + 0.5) * 0.6 + spacing / 2;
}

std::vector<QPointF> groupedLayout(const LayoutInput& input)
{
    const auto n = static_cast<std::size_t>(input.nodeCount);
    std::vector<QPointF> result(n);
    std::vector<int> degree(n, 0);
    for (const auto& [s, t] : input.edges) {
        if (s >= 0 && t >= 0 && static_cast<std::size_t>(s) < n && static_cast<std::size_t>(t) < n) {
            ++degree[static_cast<std::size_t>(s)];
            ++degree[static_cast<std::size_t>(t)];
        }
    }
    std::map<int, std::vector<int>> members;
    for (std::size_t i = 0; i < n; ++i)
        members[i < input.groups.size() ? input.groups[i] : 0].push_back(static_cast<int>(i));

    const double spacing = input.edgeLength;
    const double gap = spacing * 2;
    std::vector<double> radii;
    double circumference = 0, largest = 0;
    for (auto& [group, nodes] : members) {
        std::stable_sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return degree[static_cast<std::size_t>(a)] > degree[static_cast<std::size_t>(b)];
        });
        radii.push_back(sunflowerRadius(nodes.size(), spacing));
        circumference += 2 * radii.back() + gap;
        largest = std::max(largest, radii.back());
    }
    // Clusters take arcs proportional to their diameters so neighbours never touch.
    const double ring = members.size() <= 1 ? 0 : std::max(circumference / (2 * pi), largest + gap);
    double travelled = 0;
    std::size_t g = 0;
    for (const auto& [group, nodes] : members) {
        const double arc = 2 * radii[g] + gap;
        const double angle = (travelled + arc / 2) / std::max(circumference, 1e-9) * 2 * pi - pi / 2;
        const QPointF centre(ring * std::cos(angle), ring * std::sin(angle));
        for (std::size_t slot = 0; slot < nodes.size(); ++slot) {
            const auto node = static_cast<std::size_t>(nodes[slot]);
            result[node] = input.isPinned(nodes[slot]) ? input.positions[node] : centre + sunflowerPoint(slot, spacing);
        }
        travelled += arc;
        ++g;
    }
    return result;
}

} // namespace newsgraph::ui
