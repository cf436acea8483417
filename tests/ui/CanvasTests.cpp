// Canvas: spatial index queries, hit-testing, culling, mouse/keyboard selection on the widget, placement
// of new nodes, and the benchmark's generated database and filter path.
#include <catch2/catch.hpp>

#include "canvas/CanvasGraph.h"
#include "canvas/FilterBenchmark.h"
#include "canvas/GraphCanvas.h"
#include "canvas/NodePlacement.h"
#include "canvas/SpatialGrid.h"
#include "canvas/SyntheticGraph.h"
#include "canvas/SyntheticStore.h"
#include "layout/SeededRandom.h"
#include "render/GraphRenderer.h"
#include "store/GraphStore.h"

#include <QApplication>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace newsgraph;
using namespace newsgraph::ui;

namespace {

CanvasGraph lineGraph()
{
    core::GraphData data;
    for (int i = 0; i < 4; ++i) {
        core::EntityRecord entity;
        entity.id = 100 + i;
        entity.name = "노드" + std::to_string(i);
        entity.type = core::EntityType::Company;
        entity.mentions = 1 + i;
        data.entities.push_back(entity);
    }
    for (int i = 0; i < 3; ++i) {
        core::RelationRecord relation;
        relation.id = 500 + i;
        relation.source = 100 + i;
        relation.target = 101 + i;
        relation.type = core::RelationType::InvestsIn;
        data.relations.push_back(relation);
    }
    CanvasGraph graph = CanvasGraph::fromGraphData(data);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i)
        graph.nodes[i].position = QPointF(static_cast<double>(i) * 200, 0);
    return graph;
}

void click(QWidget& widget, QPointF at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF global = widget.mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, modifiers);
    QApplication::sendEvent(&widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, modifiers);
    QApplication::sendEvent(&widget, &release);
}

} // namespace

TEST_CASE("Spatial grid finds exactly the points in a rectangle", "[canvas]")
{
    SeededRandom random(3);
    std::vector<QPointF> points;
    for (int i = 0; i < 5000; ++i)
        points.emplace_back(random.unit() * 1000 - 500, random.unit() * 800);
    SpatialGrid grid;
    grid.build(points, 0);
    const QRectF rect(-120, 100, 300, 250);
    std::vector<int> expected;
    for (int i = 0; i < 5000; ++i)
        if (rect.contains(points[static_cast<std::size_t>(i)]))
            expected.push_back(i);
    CHECK(grid.query(rect) == expected);
    CHECK(grid.query(QRectF(5000, 5000, 10, 10)).empty());

    const std::vector<double> radii(points.size(), 0.0);
    const int nearest = grid.nearest(points[1234] + QPointF(0.01, 0), 5, radii);
    CHECK(nearest == 1234);
}

TEST_CASE("Canvas hit-tests nodes and edges in widget coordinates", "[canvas]")
{
    GraphCanvas canvas;
    canvas.resize(800, 400);
    canvas.setGraph(lineGraph(), false);
    canvas.fitToView();
    const ViewTransform view = canvas.view();
    CHECK(canvas.nodeAt(view.map(QPointF(200, 0))) == 1);
    CHECK(canvas.nodeAt(view.map(QPointF(100, 300))) == -1);
    CHECK(canvas.edgeAt(view.map(QPointF(300, 0))) == 1); // between nodes 1 and 2
    CHECK(canvas.edgeAt(view.map(QPointF(300, 150))) == -1);
}

TEST_CASE("Clicks, Ctrl+clicks, Tab and Escape change the selection", "[canvas]")
{
    GraphCanvas canvas;
    canvas.resize(800, 400);
    canvas.setGraph(lineGraph(), false);
    canvas.fitToView();
    QList<core::EntityId> last;
    QObject::connect(&canvas, &GraphCanvas::selectionChanged, &canvas, [&](const QList<core::EntityId>& ids) { last = ids; });
    click(canvas, canvas.view().map(QPointF(0, 0)));
    CHECK(last == QList<core::EntityId>{100});
    click(canvas, canvas.view().map(QPointF(400, 0)), Qt::ControlModifier);
    CHECK(last == QList<core::EntityId>{100, 102});
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &escape);
    CHECK(last.isEmpty());
    // Tab starts at the most important node (largest size value), Enter selects it.
    QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &tab);
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(&canvas, &enter);
    CHECK(last == QList<core::EntityId>{103});
}

TEST_CASE("Rendering culls nodes outside the view", "[canvas]")
{
    const CanvasGraph graph = lineGraph();
    GraphRenderer renderer(graph);
    SpatialGrid grid;
    grid.build(graph.positions(), renderer.largestRadius());
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderOptions options;
    options.deviceRect = QRectF(0, 0, 400, 300);
    options.grid = &grid;
    options.view = ViewTransform::fitting(QRectF(-50, -50, 300, 100), options.deviceRect, 0); // nodes 0 and 1 only
    const RenderStats stats = renderer.paint(painter, options, {});
    CHECK(stats.visibleNodes == 2);
    CHECK(stats.detailed);
    CHECK(stats.visibleEdges == 2); // 0-1 and 1-2 (which crosses the view edge)
}

TEST_CASE("Positions round-trip by entity id", "[canvas]")
{
    GraphCanvas canvas;
    canvas.setGraph(lineGraph(), false);
    auto positions = canvas.positions();
    positions[101] = QPointF(-40, 75);
    positions[999] = QPointF(1, 1); // unknown ids are ignored
    canvas.setPositions(positions);
    CHECK(canvas.positions().at(101) == QPointF(-40, 75));
    CHECK(canvas.positions().size() == 4);
}

TEST_CASE("Canvas runs the force layout in the background and reports when done", "[canvas]")
{
    GraphCanvas canvas;
    canvas.resize(600, 400);
    bool finished = false;
    QObject::connect(&canvas, &GraphCanvas::layoutFinished, &canvas, [&] { finished = true; });
    canvas.setGraph(CanvasGraph::fromGraphData(makeSyntheticGraphData(300, 600, 5)), true);
    CHECK(canvas.isLayoutRunning());
    for (int i = 0; i < 2000 && !finished; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    REQUIRE(finished);
    const auto positions = canvas.positions();
    const auto spread = std::count_if(positions.begin(), positions.end(), [](const auto& p) { return !p.second.isNull(); });
    CHECK(spread == 300);
}

TEST_CASE("Spatial grid returns every point, in order, for a rectangle around the whole graph", "[canvas]")
{
    SeededRandom random(4);
    std::vector<QPointF> points;
    for (int i = 0; i < 300; ++i)
        points.emplace_back(random.unit() * 100, random.unit() * 50);
    SpatialGrid grid;
    grid.build(points, 2);
    std::vector<int> all(points.size());
    std::iota(all.begin(), all.end(), 0);
    CHECK(grid.query(QRectF(-10, -10, 200, 100)) == all);
    CHECK(grid.query(QRectF(0, 0, 50, 50)).size() < points.size());
}

TEST_CASE("New nodes start beside their first placed neighbour, else near the centre", "[canvas]")
{
    CanvasGraph graph = lineGraph(); // 0-1-2-3 at x = 0, 200, 400, 600
    graph.nodes[2].position = graph.nodes[3].position = QPointF(-999, -999);
    graph.nodes.push_back({200, QStringLiteral("외톨이"), core::EntityType::Person, 1, QPointF(), false, QColor()});
    placeNewNodes(graph, {true, true, false, false, false});
    auto distance = [](QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); };
    CHECK(distance(graph.nodes[2].position, QPointF(200, 0)) == Approx(40)); // beside node 1 (edge 1-2)
    // Node 3's only neighbour (2) was not placed when the pass began: it goes near the centre (100, 0).
    CHECK(distance(graph.nodes[3].position, QPointF(100, 0)) == Approx(40));
    CHECK(distance(graph.nodes[4].position, QPointF(100, 0)) == Approx(40));
    CHECK(graph.nodes[0].position == QPointF(0, 0)); // placed nodes stay
    CHECK(graph.nodes[2].position != graph.nodes[3].position);
}

TEST_CASE("A generated graph written to a database loads back with its entities and relations", "[canvas]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const core::GraphData data = makeSyntheticGraphData(300, 900, 3);
    const std::filesystem::path database = std::filesystem::path(dir.path().toStdString()) / "generated.db";
    REQUIRE(writeGraphToStore(data, database));
    auto store = core::GraphStore::open(database);
    REQUIRE(store);
    const auto loaded = (*store)->loadGraph();
    REQUIRE(loaded);
    CHECK(loaded->entities.size() == data.entities.size());
    // Relations of one type between one pair merge in the store: a few of the 900 may become one.
    CHECK(loaded->relations.size() <= data.relations.size());
    CHECK(loaded->relations.size() > data.relations.size() * 95 / 100);
    std::size_t evidence = 0;
    for (const core::RelationRecord& relation : loaded->relations)
        evidence += relation.evidence.size();
    std::size_t expected = 0;
    for (const core::RelationRecord& relation : data.relations)
        expected += relation.evidence.size();
    CHECK(evidence == expected);
}

TEST_CASE("The filter benchmark drives document, canvas sync and canvas through each filter change", "[canvas]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::filesystem::path database = std::filesystem::path(dir.path().toStdString()) / "bench.db";
    REQUIRE(writeGraphToStore(makeSyntheticGraphData(400, 1200, 5), database));
    const std::vector<FilterUpdateTiming> timings = runFilterBenchmark(database, {});
    REQUIRE(timings.size() == 5);
    CHECK(timings[0].nodes < 400);  // 3 of 10 entity types hidden
    CHECK(timings[1].nodes == 400); // all shown again
    CHECK(timings[2].edges < timings[1].edges); // half the relation types hidden
    CHECK(timings[4].nodes == 400);
    for (const FilterUpdateTiming& timing : timings) {
        CHECK(timing.wallMs > 0);
        CHECK(timing.jobMs <= timing.wallMs);
    }
}

TEST_CASE("Parallel edges are numbered per unordered pair, in edge order", "[canvas]")
{
    CanvasGraph graph = lineGraph(); // edges 0-1, 1-2, 2-3
    graph.edges.push_back({600, 1, 0, core::RelationType::Funds, true, 1, 0, 0, 1});         // 1→0: joins 0-1
    graph.edges.push_back({601, 3, 2, core::RelationType::PartnersWith, false, 1, 0, 0, 1}); // joins 2-3
    graph.edges.push_back({602, 0, 1, core::RelationType::Acquires, true, 1, 0, 0, 1});      // joins 0-1
    graph.assignParallelEdges();
    auto numbered = [&](std::size_t e) {
        return std::pair(graph.edges[e].parallelIndex, graph.edges[e].parallelCount);
    };
    CHECK(numbered(0) == std::pair(0, 3));
    CHECK(numbered(3) == std::pair(1, 3));
    CHECK(numbered(5) == std::pair(2, 3));
    CHECK(numbered(1) == std::pair(0, 1));
    CHECK(numbered(2) == std::pair(0, 2));
    CHECK(numbered(4) == std::pair(1, 2));
}
