#include "canvas/CanvasBenchmark.h"

#include "canvas/BenchmarkClock.h"
#include "canvas/CanvasGraph.h"
#include "canvas/GraphCanvas.h"
#include "layout/ForceLayout.h"
#include "render/GraphRenderer.h"
#include "render/OffscreenApplication.h"
#include "store/GraphStore.h"

#include <QImage>
#include <QPixmap>

#include <iomanip>
#include <ostream>
#include <utility>

namespace newsgraph::ui {

namespace {

constexpr QSize frameSize(1280, 800);

// Mean wall and CPU milliseconds of `frames` frames drawn by the canvas's own paintEvent.
std::pair<double, double> meanFrameMs(GraphCanvas& canvas, QImage& image, int frames)
{
    BenchmarkClock clock;
    for (int i = 0; i < frames; ++i)
        canvas.render(&image);
    return {clock.wallMs() / frames, clock.cpuMs() / frames};
}

void print(std::ostream& out, const CanvasBenchmarkResult& result)
{
    out << std::fixed << std::setprecision(1);
    out << "canvas benchmark: " << result.nodes << " nodes, " << result.edges << " edges\n";
    out << "  force layout to convergence: " << std::setprecision(2) << result.layoutSeconds << " s wall, "
        << result.layoutCpuSeconds << " s CPU (" << result.layoutIterations << " iterations)\n"
        << std::setprecision(1);
    out << "  time to first frame (1280x800 widget): " << result.firstFrameMs << " ms wall, "
        << result.firstFrameCpuMs << " ms CPU\n";
    out << "  frame, whole graph (canvas paint): " << result.fullFrameMs << " ms wall, "
        << result.fullFrameCpuMs << " ms CPU\n";
    out << "  frame, zoomed in, first (cold label cache): " << result.zoomedColdFrameMs << " ms wall, "
        << result.zoomedColdFrameCpuMs << " ms CPU\n";
    out << "  frame, zoomed in (shapes, arrows, labels): " << result.zoomedFrameMs << " ms wall, "
        << result.zoomedFrameCpuMs << " ms CPU\n";
    double slowest = 0;
    for (const FilterUpdateTiming& update : result.filterUpdates) {
        out << "  filter update, " << update.change << ": " << update.wallMs << " ms wall, " << update.cpuMs
            << " ms CPU (" << update.nodes << " nodes, " << update.edges << " edges"
            << (update.relaidOut ? ", fresh layout started" : "") << ")\n";
        out << "      wall: filter job " << update.jobMs << ", canvas sync " << update.syncMs << ", frame "
            << update.frameMs << " ms; GUI thread CPU: canvas sync " << update.syncCpuMs << ", frame "
            << update.frameCpuMs << " ms\n";
        slowest = std::max(slowest, update.cpuMs);
    }
    if (!result.filterUpdates.empty())
        out << "  filter update, slowest: " << slowest << " ms CPU\n";
    else
        out << "  filter update: not measured (the document did not open the database)\n";
    out << "  peak memory (max RSS): " << result.peakMemoryMb << " MB\n";
}

} // namespace

CanvasBenchmarkResult runCanvasBenchmark(const std::filesystem::path& database, std::ostream& out, int frames)
{
    CanvasBenchmarkResult result;
    if (!ensureGuiApplication())
        return result;
    core::Result<core::GraphData> data = [&]() -> core::Result<core::GraphData> {
        auto store = core::GraphStore::open(database, core::GraphStore::OpenMode::ReadOnly);
        if (!store)
            return std::unexpected(store.error());
        return (*store)->loadGraph();
    }();
    if (!data) {
        out << "canvas benchmark: " << data.error().message << "\n";
        return result;
    }
    CanvasGraph graph = CanvasGraph::fromGraphData(*data);
    data = core::GraphData{}; // only the canvas's copy from here on, as in the window
    result.nodes = static_cast<int>(graph.nodes.size());
    result.edges = static_cast<int>(graph.edges.size());

    LayoutInput input;
    input.nodeCount = result.nodes;
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    BenchmarkClock clock;
    ForceLayout layout(input);
    layout.runToConvergence(1000);
    result.layoutSeconds = clock.wallMs() / 1e3;
    result.layoutCpuSeconds = clock.cpuMs() / 1e3;
    result.layoutIterations = layout.iteration();
    graph.setPositions(layout.positions());

    {
        GraphCanvas canvas;
        canvas.resize(frameSize);
        clock.restart();
        canvas.setGraph(graph, false);
        const QPixmap frame = canvas.grab();
        result.firstFrameMs = clock.wallMs();
        result.firstFrameCpuMs = clock.cpuMs();
    }

    frames = std::max(1, frames);
    {
        GraphCanvas canvas;
        canvas.resize(frameSize);
        canvas.setGraph(graph, false); // fits the whole graph into view
        QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
        std::tie(result.fullFrameMs, result.fullFrameCpuMs) = meanFrameMs(canvas, image, frames);
        ViewTransform zoomed;
        zoomed.scale = 1.0; // about 30 nodes across: detailed shapes, arrows and labels
        zoomed.offset = QRectF(QPointF(), QSizeF(frameSize)).center() -
                        GraphRenderer(canvas.graph()).worldBounds().center() * zoomed.scale;
        canvas.setViewTransform(zoomed);
        std::tie(result.zoomedColdFrameMs, result.zoomedColdFrameCpuMs) = meanFrameMs(canvas, image, 1);
        std::tie(result.zoomedFrameMs, result.zoomedFrameCpuMs) = meanFrameMs(canvas, image, frames);
    }

    result.filterUpdates = runFilterBenchmark(database, graph.positionsById());
    result.peakMemoryMb = BenchmarkClock::peakMemoryMb();
    print(out, result);
    return result;
}

} // namespace newsgraph::ui
