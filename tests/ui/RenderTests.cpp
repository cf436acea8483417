// Renderer: label collision avoidance, level of detail, the Korean label font.
#include <catch2/catch.hpp>

#include "canvas/CanvasGraph.h"
#include "canvas/SyntheticGraph.h"
#include "layout/LayoutComputation.h"
#include "layout/SeededRandom.h"
#include "render/GraphRenderer.h"
#include "render/GraphStyle.h"
#include "render/LabelPlacer.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

using namespace newsgraph;
using namespace newsgraph::ui;

TEST_CASE("Label placer never places two overlapping labels", "[render]")
{
    SeededRandom random(9);
    LabelPlacer placer(QRectF(0, 0, 500, 400), 50);
    int placed = 0;
    for (int i = 0; i < 2000; ++i) {
        const QPointF at(random.unit() * 500, random.unit() * 400);
        const QSizeF size(20 + random.unit() * 80, 14);
        const std::vector<QRectF> candidates{QRectF(at, size), QRectF(at - QPointF(size.width(), 0), size)};
        if (placer.place(candidates) >= 0)
            ++placed;
    }
    CHECK(placed > 20);
    const auto& rects = placer.placed();
    for (std::size_t i = 0; i < rects.size(); ++i)
        for (std::size_t j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects[i].intersects(rects[j]));
}

TEST_CASE("Rendered labels of a crowded graph do not overlap", "[render]")
{
    CanvasGraph graph = CanvasGraph::fromGraphData(makeSyntheticGraphData(400, 800, 2));
    LayoutInput input;
    input.nodeCount = static_cast<int>(graph.nodes.size());
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    graph.setPositions(computeLayout(LayoutKind::Force, input));
    GraphRenderer renderer(graph);
    QImage image(900, 700, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderOptions options;
    options.deviceRect = QRectF(0, 0, 900, 700);
    // Zoomed so that shapes and labels are drawn (detailed level) but labels compete for room.
    options.view.scale = 0.5;
    options.view.offset = QPointF(450, 350);
    const RenderStats stats = renderer.paint(painter, options, {});
    REQUIRE(stats.detailed);
    CHECK(stats.labels > 10);
    CHECK(stats.labels < stats.visibleNodes); // some had to give way
    for (std::size_t i = 0; i < stats.labelBoxes.size(); ++i)
        for (std::size_t j = i + 1; j < stats.labelBoxes.size(); ++j)
            CHECK_FALSE(stats.labelBoxes[i].intersects(stats.labelBoxes[j]));
}

TEST_CASE("Far zoom draws dots without labels", "[render]")
{
    const CanvasGraph graph = CanvasGraph::fromGraphData(makeSyntheticGraphData(50, 60, 1));
    GraphRenderer renderer(graph);
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    RenderOptions options;
    options.deviceRect = QRectF(0, 0, 200, 200);
    options.view.scale = 0.05;
    options.view.offset = QPointF(100, 100);
    const RenderStats stats = renderer.paint(painter, options, {});
    CHECK_FALSE(stats.detailed);
    CHECK(stats.labels == 0);
    CHECK(stats.visibleNodes == 50); // all at the origin
}

TEST_CASE("Labels use a font that covers Hangul", "[render]")
{
    const QFont font = GraphStyle::labelFont(12);
    const QFontMetrics metrics(font);
    CHECK(metrics.inFont(QChar(0xD55C))); // 한
    CHECK(metrics.inFont(QChar(0xAD6D))); // 국
    if (!QFontInfo(font).family().contains(QStringLiteral("Noto Sans CJK")))
        WARN("Noto Sans CJK KR not installed; using " << QFontInfo(font).family().toStdString());
}
