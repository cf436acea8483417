// Renderer: label collision avoidance, level of detail, the Korean label font, and the screen-only
// speed-ups (line layer, node and label sprites) that must draw what exports draw.
#include <catch2/catch.hpp>

#include "canvas/CanvasGraph.h"
#include "canvas/SyntheticGraph.h"
#include "layout/LayoutComputation.h"
#include "layout/SeededRandom.h"
#include "render/GraphRenderer.h"
#include "render/GraphStyle.h"
#include "render/LabelPlacer.h"
#include "render/ScreenCache.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>

#include <cmath>

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

namespace {
// What a layer leaves on a transparent image of its area (`size` in device pixels).
QImage composited(LineLayer& layer, QSize size, double pixelRatio = 1)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    layer.composite(painter);
    return image;
}
} // namespace

TEST_CASE("Line layer writes a line's pixels, nothing outside it, and composites them", "[render]")
{
    LineLayer layer;
    layer.begin(QRectF(0, 0, 40, 20), 1);
    CHECK(layer.isEmpty());
    layer.addLine(QPointF(2.5, 5.5), QPointF(30.5, 5.5), qRgba(200, 0, 0, 255));
    layer.addLine(QPointF(-50, -50), QPointF(-10, -5), qRgba(0, 200, 0, 255)); // wholly outside
    REQUIRE_FALSE(layer.isEmpty());
    const QImage line = composited(layer, QSize(40, 20));
    CHECK(layer.isEmpty()); // composite empties it
    int lit = 0;
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 40; ++x)
            if (qAlpha(line.pixel(x, y)) > 0) {
                ++lit;
                CHECK(y == 5);
                CHECK(x >= 2);
                CHECK(x <= 30);
            }
    CHECK(lit == 29);
    // A steep line lights one pixel per row; at a 2× pixel ratio it is two device pixels wide.
    layer.begin(QRectF(0, 0, 20, 20), 2);
    layer.addLine(QPointF(5.2, 1), QPointF(5.2, 15), qRgba(0, 0, 200, 255));
    const QImage thick = composited(layer, QSize(40, 40), 2);
    CHECK(qAlpha(thick.pixel(10, 10)) == 255);
    CHECK(qAlpha(thick.pixel(11, 10)) == 255);
    CHECK(qAlpha(thick.pixel(12, 10)) == 0);
    // Over an opaque background, a translucent line shows the line's colour blended once.
    layer.begin(QRectF(0, 0, 20, 20), 1);
    layer.addLine(QPointF(0, 10.5), QPointF(19, 10.5), qPremultiply(qRgba(0, 0, 255, 128)));
    QImage target(20, 20, QImage::Format_ARGB32_Premultiplied);
    target.fill(Qt::white);
    QPainter painter(&target);
    layer.composite(painter);
    painter.end();
    CHECK(std::abs(target.pixelColor(5, 10).red() - 127) <= 1);
    CHECK(target.pixelColor(5, 10).blue() == 255);
    CHECK(target.pixelColor(5, 5) == QColor(Qt::white));
}

TEST_CASE("Line layer fills triangles and rectangles, and keeps its order past 255 colours", "[render]")
{
    LineLayer layer;
    layer.begin(QRectF(0, 0, 30, 30), 1);
    layer.addTriangle(QPointF(5, 5), QPointF(25, 5), QPointF(5, 25), qRgba(0, 0, 0, 255));
    const QImage triangle = composited(layer, QSize(30, 30));
    CHECK(qAlpha(triangle.pixel(7, 7)) == 255);
    CHECK(qAlpha(triangle.pixel(14, 14)) == 255); // centre (14.5, 14.5) is just inside x + y < 30
    CHECK(qAlpha(triangle.pixel(20, 20)) == 0);   // beyond the hypotenuse
    CHECK(qAlpha(triangle.pixel(3, 3)) == 0);
    // 300 distinct colours, each a one-pixel square in its own place, the last one drawn over the first.
    layer.begin(QRectF(0, 0, 30, 30), 1);
    for (int i = 0; i < 300; ++i)
        layer.addRect(QRectF(i % 30, i / 30 % 10, 1, 1), qRgba(i % 256, i / 256, 7, 255));
    layer.addRect(QRectF(0, 0, 1, 1), qRgba(1, 2, 3, 255));
    const QImage squares = composited(layer, QSize(30, 30));
    CHECK(squares.pixel(0, 0) == qRgba(1, 2, 3, 255));
    CHECK(squares.pixel(5, 1) == qRgba(35, 0, 7, 255));  // colour 35, from the first palette
    CHECK(squares.pixel(29, 9) == qRgba(43, 1, 7, 255)); // colour 299, from the second
}

TEST_CASE("Node sprites are made once per look and size", "[render]")
{
    NodeSprites sprites;
    NodeSprites::Look look{NodeShape::Hexagon, qRgb(0, 158, 115), qRgb(255, 255, 255), 1.2, 10};
    const qint64 first = sprites.sprite(look, 1).cacheKey();
    CHECK(sprites.sprite(look, 1).cacheKey() == first);
    CHECK(sprites.size() == 1);
    look.radius = 10.1; // within a quarter pixel: the same sprite
    CHECK(sprites.sprite(look, 1).cacheKey() == first);
    look.radius = 14; // zoomed: a new, larger sprite
    const QImage& larger = sprites.sprite(look, 1);
    CHECK(larger.width() > 28);
    CHECK(sprites.size() == 2);
    CHECK(sprites.sprite(look, 2).devicePixelRatio() == 2);
    // The sprite shows the shape's fill at its centre.
    CHECK(sprites.sprite(look, 1).pixelColor(larger.width() / 2, larger.height() / 2) == QColor(0, 158, 115));
    sprites.clear();
    CHECK(sprites.size() == 0);
}

TEST_CASE("Label sprites are kept per entity until the text or the scale changes", "[render]")
{
    LabelSprites labels;
    labels.setScale(1, 1);
    const QString name = QStringLiteral("사카나AI");
    const double width = labels.width(7, name, false);
    CHECK(width > 20);
    CHECK(labels.width(7, name, true) >= width); // bold is at least as wide
    const QSizeF box(width, 18);
    const qint64 first = labels.sprite(7, name, false, false, box).cacheKey();
    CHECK(labels.sprite(7, name, false, false, box).cacheKey() == first);
    CHECK(labels.sprite(7, name, false, true, box).cacheKey() != first); // faded look
    const QString renamed = QStringLiteral("사카나 AI 주식회사");
    CHECK(labels.width(7, renamed, false) > width);
    CHECK(labels.sprite(7, renamed, false, false, QSizeF(labels.width(7, renamed, false), 18)).cacheKey() != first);
    CHECK(labels.entryCount() == 1);
    labels.setScale(2, 1); // an export-sized font: everything is measured again
    CHECK(labels.entryCount() == 0);
    CHECK(labels.width(7, name, false) > width * 1.8);
}

TEST_CASE("The screen path draws what an export draws, from sprites and the line layer", "[render]")
{
    CanvasGraph graph = CanvasGraph::fromGraphData(makeSyntheticGraphData(400, 2000, 6));
    LayoutInput input;
    input.nodeCount = static_cast<int>(graph.nodes.size());
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    graph.setPositions(computeLayout(LayoutKind::Force, input));
    GraphRenderer renderer(graph);
    ScreenCache screen;
    for (const double scale : {0.45, 2.0, 0.05}) { // dense detailed level, close up, dots
        RenderOptions options;
        options.deviceRect = QRectF(0, 0, 600, 400);
        options.view.scale = scale;
        options.view.offset = QPointF(300, 200) - renderer.worldBounds().center() * scale;
        QImage exact(600, 400, QImage::Format_ARGB32_Premultiplied), fast = exact;
        QPainter exactPainter(&exact);
        const RenderStats exactStats = renderer.paint(exactPainter, options, {});
        exactPainter.end();
        options.screen = &screen;
        QPainter fastPainter(&fast);
        const RenderStats fastStats = renderer.paint(fastPainter, options, {});
        fastPainter.end();
        CHECK(fastStats.visibleNodes == exactStats.visibleNodes);
        CHECK(fastStats.visibleEdges == exactStats.visibleEdges);
        CHECK(fastStats.labelBoxes == exactStats.labelBoxes); // same labels in the same places
        // Pixels differ only where sprites snap to whole pixels and where 1-px lines cross.
        double difference = 0;
        for (int y = 0; y < 400; ++y)
            for (int x = 0; x < 600; ++x) {
                const QColor a = exact.pixelColor(x, y), b = fast.pixelColor(x, y);
                difference +=
                    std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
            }
        CHECK(difference / (600.0 * 400 * 3) < 12); // mean per channel, of 255
    }
    CHECK(screen.nodes.size() > 0);
    CHECK(screen.labels.entryCount() > 0);
}
