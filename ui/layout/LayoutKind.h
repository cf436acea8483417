// The layouts the canvas and the render command offer, with their command-line names.
#pragma once

#include <optional>
#include <string_view>

namespace newsgraph::ui {

enum class LayoutKind {
    Force,    // animated force-directed (Barnes–Hut repulsion, springs, gravity)
    Circular, // one ring, ordered by type then label
    Grouped,  // one cluster per entity type
    Radial,   // BFS rings around the selected nodes
};

std::string_view toString(LayoutKind kind); // "force", "circular", "grouped", "radial"
std::optional<LayoutKind> layoutKindFromString(std::string_view name);

} // namespace newsgraph::ui
