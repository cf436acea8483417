// Builds the compact arrays in O(n + m log m); sorting makes every later traversal deterministic.
#include "graph/GraphTopology.h"

#include <algorithm>

namespace newsgraph::core::graph {

GraphTopology::GraphTopology(const GraphData& data)
{
    ids.reserve(data.entities.size());
    for (const auto& e : data.entities)
        ids.push_back(e.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    index.reserve(ids.size());
    for (std::uint32_t i = 0; i < ids.size(); ++i)
        index.emplace(ids[i], i);

    relations.reserve(data.relations.size());
    for (const auto& r : data.relations) {
        auto a = find(r.source), b = find(r.target);
        if (!a || !b || *a == *b)
            continue;
        relations.push_back(Relation{r.id, *a, *b, r.type});
    }

    std::vector<std::size_t> count(ids.size() + 1, 0);
    for (const auto& r : relations) {
        ++count[r.a];
        ++count[r.b];
    }
    offsets.assign(ids.size() + 1, 0);
    for (std::size_t v = 0; v < ids.size(); ++v)
        offsets[v + 1] = offsets[v] + count[v];
    incidences.resize(offsets.back());
    std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
    for (std::uint32_t i = 0; i < relations.size(); ++i) {
        incidences[fill[relations[i].a]++] = Incidence{relations[i].b, i};
        incidences[fill[relations[i].b]++] = Incidence{relations[i].a, i};
    }
    for (std::size_t v = 0; v < ids.size(); ++v)
        std::sort(incidences.begin() + static_cast<std::ptrdiff_t>(offsets[v]),
                  incidences.begin() + static_cast<std::ptrdiff_t>(offsets[v + 1]),
                  [this](const Incidence& x, const Incidence& y) {
                      return std::tie(x.neighbour, relations[x.relation].id) <
                             std::tie(y.neighbour, relations[y.relation].id);
                  });

    simple = SimpleGraph(ids.size());
    for (std::uint32_t v = 0; v < ids.size(); ++v) {
        // Incidences are sorted by neighbour, so parallel relations are adjacent.
        for (std::size_t k = offsets[v]; k < offsets[v + 1];) {
            std::uint32_t u = incidences[k].neighbour;
            double weight = 0;
            while (k < offsets[v + 1] && incidences[k].neighbour == u) {
                weight += 1;
                ++k;
            }
            if (v < u)
                boost::add_edge(v, u, weight, simple);
        }
    }
}

} // namespace newsgraph::core::graph
