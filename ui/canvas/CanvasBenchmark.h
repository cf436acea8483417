// GUI performance numbers: time to first frame, frame times (full view, zoomed), layout time, memory.
#pragma once

#include "model/GraphData.h"

#include <iosfwd>

namespace newsgraph::ui {

struct CanvasBenchmarkResult {
    int nodes = 0, edges = 0;
    // Wall-clock times, with the process's CPU time (all threads) alongside: on a loaded machine the
    // CPU time is what the same work costs on an idle one.
    double layoutSeconds = 0;  // force layout to convergence, on the calling thread
    double layoutCpuSeconds = 0;
    int layoutIterations = 0;
    double firstFrameMs = 0;   // setGraph on a fresh GraphCanvas until its first paint is done
    double firstFrameCpuMs = 0;
    double fullFrameMs = 0;    // mean offscreen frame (1280×800 QImage), whole graph in view
    double fullFrameCpuMs = 0;
    double zoomedFrameMs = 0;  // mean frame zoomed in far enough for shapes, arrows and labels
    double zoomedFrameCpuMs = 0;
    double peakMemoryMb = 0;   // getrusage max resident set size of the process
};

// Benchmarks `data` and prints one line per measurement to `out`. Creates an offscreen QApplication
// when none exists. Targets at 20k nodes / 60k edges: frame < 16 ms, layout < 10 s, memory < 500 MB.
CanvasBenchmarkResult runCanvasBenchmark(const core::GraphData& data, std::ostream& out);

// The same on a generated graph (default 20,000 nodes / 60,000 edges); returns 0 (for main()).
int runCanvasBenchmark(std::ostream& out, int nodes = 20000, int edges = 60000);

} // namespace newsgraph::ui
