#include "canvas/CanvasBenchmark.h"

#include "canvas/CanvasGraph.h"
#include "canvas/GraphCanvas.h"
#include "canvas/SpatialGrid.h"
#include "canvas/SyntheticGraph.h"
#include "layout/ForceLayout.h"
#include "render/GraphRenderer.h"
#include "render/OffscreenApplication.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <sys/resource.h>
#include <time.h>

#include <iomanip>
#include <ostream>
#include <utility>

namespace newsgraph::ui {

namespace {
constexpr int frameCount = 20;

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Mean wall and CPU milliseconds per frame.
std::pair<double, double> meanFrameMs(const GraphRenderer& renderer, const RenderOptions& options)
{
    QImage image(options.deviceRect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    for (int i = 0; i < frameCount; ++i) {
        QPainter painter(&image);
        renderer.paint(painter, options, {});
    }
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6 / frameCount, (cpuMs() - cpuStart) / frameCount};
}
} // namespace

CanvasBenchmarkResult runCanvasBenchmark(const core::GraphData& data, std::ostream& out)
{
    CanvasBenchmarkResult result;
    if (!ensureGuiApplication())
        return result;
    CanvasGraph graph = CanvasGraph::fromGraphData(data);
    result.nodes = static_cast<int>(graph.nodes.size());
    result.edges = static_cast<int>(graph.edges.size());

    LayoutInput input;
    input.nodeCount = result.nodes;
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    QElapsedTimer timer;
    timer.start();
    double cpuStart = cpuMs();
    ForceLayout layout(input);
    layout.runToConvergence(1000);
    result.layoutSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result.layoutCpuSeconds = (cpuMs() - cpuStart) / 1e3;
    result.layoutIterations = layout.iteration();
    graph.setPositions(layout.positions());

    {
        GraphCanvas canvas;
        canvas.resize(1280, 800);
        timer.restart();
        cpuStart = cpuMs();
        canvas.setGraph(graph, false);
        const QPixmap frame = canvas.grab();
        result.firstFrameMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        result.firstFrameCpuMs = cpuMs() - cpuStart;
    }

    GraphRenderer renderer(graph);
    SpatialGrid grid;
    grid.build(graph.positions(), renderer.largestRadius());
    RenderOptions options;
    options.deviceRect = QRectF(0, 0, 1280, 800);
    options.grid = &grid;
    options.view = ViewTransform::fitting(renderer.worldBounds(), options.deviceRect, 24);
    std::tie(result.fullFrameMs, result.fullFrameCpuMs) = meanFrameMs(renderer, options);
    options.view.scale = 1.0; // about 30 nodes across: detailed shapes, arrows and labels
    options.view.offset = options.deviceRect.center() - renderer.worldBounds().center() * options.view.scale;
    std::tie(result.zoomedFrameMs, result.zoomedFrameCpuMs) = meanFrameMs(renderer, options);
    result.peakMemoryMb = peakMemoryMb();

    out << std::fixed << std::setprecision(1);
    out << "canvas benchmark: " << result.nodes << " nodes, " << result.edges << " edges\n";
    out << "  force layout to convergence: " << std::setprecision(2) << result.layoutSeconds << " s wall, "
        << result.layoutCpuSeconds << " s CPU (" << result.layoutIterations << " iterations)\n" << std::setprecision(1);
    out << "  time to first frame (1280x800 widget): " << result.firstFrameMs << " ms wall, " << result.firstFrameCpuMs << " ms CPU\n";
    out << "  frame, whole graph (offscreen QImage): " << result.fullFrameMs << " ms wall, " << result.fullFrameCpuMs << " ms CPU\n";
    out << "  frame, zoomed in (shapes, arrows, labels): " << result.zoomedFrameMs << " ms wall, "
        << result.zoomedFrameCpuMs << " ms CPU\n";
    out << "  peak memory (max RSS): " << result.peakMemoryMb << " MB\n";
    return result;
}

int runCanvasBenchmark(std::ostream& out, int nodes, int edges)
{
    runCanvasBenchmark(makeSyntheticGraphData(nodes, edges, 1), out);
    return 0;
}

} // namespace newsgraph::ui
