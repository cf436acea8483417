// Small hand-made graphs for the graph tests (ids chosen so expected answers are easy to compute).
#pragma once

#include "model/GraphData.h"

#include <utility>
#include <vector>

namespace newsgraph::test {

using namespace newsgraph::core;

struct Edge {
    EntityId a, b;
    RelationType type = RelationType::PartnersWith;
};

// Entities 1..n (company), one relation per edge with ids 101, 102, ... in the given order.
inline GraphData makeGraph(int n, const std::vector<Edge>& edges)
{
    GraphData g;
    for (int i = 1; i <= n; ++i) {
        EntityRecord e;
        e.id = i;
        e.key = "e" + std::to_string(i);
        e.name = "entity " + std::to_string(i);
        e.mentions = 1;
        g.entities.push_back(e);
    }
    RelationId id = 101;
    for (const auto& edge : edges) {
        RelationRecord r;
        r.id = id++;
        r.source = edge.a;
        r.target = edge.b;
        r.type = edge.type;
        g.relations.push_back(r);
    }
    return g;
}

inline GraphData pathGraph()
{
    return makeGraph(5, {{1, 2}, {2, 3}, {3, 4}, {4, 5}});
}

inline GraphData starGraph()
{
    return makeGraph(5, {{1, 2}, {1, 3}, {1, 4}, {1, 5}});
}

// Triangles {1,2,3} and {4,5,6} joined by the bridge 3-4.
inline GraphData twoTriangles()
{
    return makeGraph(6, {{1, 2}, {2, 3}, {1, 3}, {4, 5}, {5, 6}, {4, 6}, {3, 4}});
}

} // namespace newsgraph::test
