// GUI performance numbers: time to first frame, frame times (full view, zoomed), filter updates,
// layout time, memory.
#pragma once

#include "canvas/FilterBenchmark.h"

#include <filesystem>
#include <iosfwd>
#include <vector>

namespace newsgraph::ui {

struct CanvasBenchmarkResult
{
    int nodes = 0, edges = 0;
    // Wall-clock times, with the process's CPU time (all threads) alongside: on a loaded machine the
    // CPU time is what the same work costs on an idle one.
    double layoutSeconds = 0; // force layout to convergence, on the calling thread
    double layoutCpuSeconds = 0;
    int layoutIterations = 0;
    double firstFrameMs = 0; // setGraph on a fresh GraphCanvas until its first paint is done
    double firstFrameCpuMs = 0;
    // Frames are drawn by the canvas itself (QWidget::render of a 1280×800 GraphCanvas into a QImage),
    // so they include everything its paintEvent does: culling, level of detail, caches, legend.
    double fullFrameMs = 0; // mean frame, whole graph in view
    double fullFrameCpuMs = 0;
    double zoomedColdFrameMs = 0; // the first frame after zooming in (label cache still empty)
    double zoomedColdFrameCpuMs = 0;
    double zoomedFrameMs = 0; // mean frame zoomed in far enough for shapes, arrows and labels
    double zoomedFrameCpuMs = 0;
    std::vector<FilterUpdateTiming> filterUpdates;
    double peakMemoryMb = 0; // getrusage max resident set size of the process
};

// Benchmarks the graph stored in `database` and prints one line per measurement to `out`. The
// database is written to (saved node positions, for the filter benchmark): pass a scratch copy.
// Creates an offscreen QApplication when none exists. Targets at 20k nodes / 60k edges: frame
// < 16 ms, filter update < 100 ms, layout < 10 s, memory < 500 MB. `frames` frames are averaged.
CanvasBenchmarkResult runCanvasBenchmark(const std::filesystem::path& database, std::ostream& out,
                                         int frames = 20);

} // namespace newsgraph::ui
