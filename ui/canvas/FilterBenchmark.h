// Filter update time through the window's own path: document filter job, canvas sync, one frame.
#pragma once

#include "model/GraphData.h"

#include <QPointF>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace newsgraph::ui {

struct FilterUpdateTiming
{
    std::string change; // what the user changed, e.g. "entity types: 3 of 10 hidden"
    double wallMs = 0;  // GraphDocument::setFilter until the canvas has drawn the new graph
    double cpuMs = 0;   // process CPU time in that span (the filter job on the pool included)
    // Where the wall time went: until the document announces the filtered graph (the filter job on
    // the thread pool), the canvas taking it (CanvasSync, GraphCanvas::setGraph), the first frame.
    double jobMs = 0, syncMs = 0, frameMs = 0;
    double syncCpuMs = 0, frameCpuMs = 0; // GUI thread CPU of the last two
    int nodes = 0, edges = 0;             // what the canvas then shows
    bool relaidOut = false;               // the canvas started a fresh layout (mostly new nodes)
};

// Opens `database` in a GraphDocument wired to a 1280×800 GraphCanvas by CanvasSync (as the main
// window does), with `positions` saved in it first so that opening does not start a layout, then
// applies a fixed sequence of filter changes (entity types, relation types, minimum degree, reset)
// and times each. Waits for the measures job between changes so that they do not overlap. Needs a
// QApplication. `database` is written to (saved positions): pass a scratch copy.
std::vector<FilterUpdateTiming> runFilterBenchmark(const std::filesystem::path& database,
                                                   const std::map<core::EntityId, QPointF>& positions);

} // namespace newsgraph::ui
