// Per-entity network measures of the filtered graph, computed off the GUI thread by GraphDocument.
#pragma once

#include "model/GraphData.h"

#include <map>

namespace newsgraph::ui {

struct GraphMeasures {
    std::map<core::EntityId, double> degree;
    std::map<core::EntityId, double> betweenness; // normalised to [0,1]
    std::map<core::EntityId, double> pageRank;
    std::map<core::EntityId, int> communities;    // Louvain community index

    bool isEmpty() const { return degree.empty(); }
};

} // namespace newsgraph::ui
