// The headless `render` command: database in, PNG/SVG/PDF out, with filter, focus and layout.
#pragma once

#include "graph/GraphFilter.h"
#include "layout/LayoutKind.h"
#include "model/Error.h"
#include "model/GraphData.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>

namespace newsgraph::ui {

struct RenderRequest {
    std::filesystem::path database;
    std::filesystem::path output;  // .png, .svg or .pdf
    core::GraphFilter filter;
    std::string focusName;         // "" = whole (filtered) graph; else this entity and its neighbourhood
    int hops = 2;
    LayoutKind layout = LayoutKind::Force;
    std::uint64_t seed = 1;
    int widthPx = 0;               // 0: widthMm at dpi
    double widthMm = 180;
    int dpi = 0;                   // 0: 96 with widthPx, else 300
    std::string title;
    bool legend = true;
    bool sources = true;           // list the articles behind the shown relations
    bool transparent = false;
};

// Opens the store read-only, loads and filters the graph, then renders it (see renderGraphData).
// Prints errors to `errors`; returns 0 on success, 1 on failure. Creates an offscreen QApplication
// when none exists. Identical input gives a byte-identical PNG/SVG.
int renderGraphToFile(const RenderRequest& request, std::ostream& errors);

// The same without the store (already filtered data): focus, layout to convergence, export.
core::Result<void> renderGraphData(const core::GraphData& data, const RenderRequest& request);

// The focus entity and everything within `hops` relations of it; fails when no entity has that name.
core::Result<core::GraphData> focusSubgraph(const core::GraphData& data, const std::string& name, int hops);

} // namespace newsgraph::ui
