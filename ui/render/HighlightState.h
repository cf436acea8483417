// Which nodes and edges stand out: selection, a path, a focus set (everything else fades), hover.
#pragma once

#include <cstdint>
#include <vector>

namespace newsgraph::ui {

struct HighlightState {
    enum Flag : std::uint8_t { Selected = 1, OnPath = 2, InFocus = 4 };
    std::vector<std::uint8_t> nodes; // per node index; empty = nothing highlighted
    std::vector<std::uint8_t> edges; // per edge index
    bool focusActive = false;        // when true, nodes/edges without InFocus are faded
    int hoveredNode = -1;
    int hoveredEdge = -1;
    int keyboardNode = -1;           // the Tab cursor

    bool node(int i, Flag flag) const
    {
        return i >= 0 && static_cast<std::size_t>(i) < nodes.size() && (nodes[static_cast<std::size_t>(i)] & flag);
    }
    bool edge(int i, Flag flag) const
    {
        return i >= 0 && static_cast<std::size_t>(i) < edges.size() && (edges[static_cast<std::size_t>(i)] & flag);
    }
};

} // namespace newsgraph::ui
