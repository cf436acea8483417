// Exports: PNG size and content, SVG text, PDF fonts, byte-identical output for identical input.
#include <catch2/catch.hpp>

#include "canvas/CanvasGraph.h"
#include "layout/LayoutComputation.h"
#include "render/ImageExporter.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace newsgraph;
using namespace newsgraph::ui;

namespace {

CanvasGraph koreanGraph()
{
    core::GraphData data;
    const char* names[] = {"사카나AI", "코슬라벤처스", "일본 정부", "도쿄", "오픈AI", "챗GPT"};
    const core::EntityType types[] = {core::EntityType::Company, core::EntityType::Investor, core::EntityType::Government,
                                      core::EntityType::Place, core::EntityType::Company, core::EntityType::Product};
    for (int i = 0; i < 6; ++i) {
        core::EntityRecord entity;
        entity.id = i + 1;
        entity.name = names[i];
        entity.type = types[i];
        entity.mentions = 6 - i;
        data.entities.push_back(entity);
    }
    const std::tuple<int, int, core::RelationType> relations[] = {
        {2, 1, core::RelationType::InvestsIn}, {3, 1, core::RelationType::Supports}, {1, 4, core::RelationType::LocatedIn},
        {5, 6, core::RelationType::Develops},  {1, 5, core::RelationType::CompetesWith}, {2, 1, core::RelationType::Funds}};
    int id = 1;
    for (const auto& [s, t, type] : relations) {
        core::RelationRecord relation;
        relation.id = id++;
        relation.source = s;
        relation.target = t;
        relation.type = type;
        data.relations.push_back(relation);
    }
    CanvasGraph graph = CanvasGraph::fromGraphData(data);
    LayoutInput input;
    input.nodeCount = 6;
    for (const CanvasEdge& edge : graph.edges)
        input.edges.emplace_back(edge.source, edge.target);
    graph.setPositions(computeLayout(LayoutKind::Force, input));
    return graph;
}

ExportOptions printOptions()
{
    ExportOptions options;
    options.widthMm = 180;
    options.dpi = 300;
    options.title = QStringLiteral("사카나AI 투자 관계");
    options.sources = {{QStringLiteral("매일경제"), QStringLiteral("2024-06-17"), QStringLiteral("사카나AI, 투자 유치")}};
    return options;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("PNG export at 180 mm and 300 dpi is 2126 px wide and not blank", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    QString error;
    REQUIRE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), path, &error));
    CHECK(error.isEmpty());
    const QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2126);
    CHECK(image.height() > 500);
    CHECK(image.dotsPerMeterX() == 11811); // 300 dpi
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
}

TEST_CASE("Transparent PNG keeps an alpha background", "[export]")
{
    ExportOptions options;
    options.pixelWidth = 600;
    options.transparent = true;
    const QImage image = ImageExporter::renderImage(koreanGraph(), {}, options);
    CHECK(image.width() == 600);
    CHECK(qAlpha(image.pixel(1, 1)) == 0);
}

TEST_CASE("SVG export is valid XML and keeps Hangul labels as text", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.svg"));
    REQUIRE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), path));
    const QByteArray bytes = readAll(path);
    QXmlStreamReader xml(bytes);
    QStringList texts;
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("text"))
            inText = true;
        else if (xml.isEndElement() && xml.name() == QStringLiteral("text"))
            inText = false;
        else if (inText && xml.isCharacters())
            texts << xml.text().toString();
    }
    CHECK_FALSE(xml.hasError());
    // Qt writes one <text> per script run ("사카나", "AI "), so look at the joined text.
    const QString joined = texts.join(QString());
    CHECK(joined.contains(QStringLiteral("코슬라벤처스")));
    CHECK(joined.contains(QStringLiteral("사카나AI 투자 관계")));
    CHECK(joined.contains(QStringLiteral("매일경제")));
}

TEST_CASE("PDF export has a page and embeds a CJK font", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.pdf"));
    REQUIRE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), path));
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("/Type /Page"));
    CHECK((bytes.contains("/FontFile2") || bytes.contains("/FontFile3")));
    CHECK(bytes.contains("Noto"));
}

TEST_CASE("Identical input gives byte-identical PNG, SVG and PDF", "[export]")
{
    QTemporaryDir dir;
    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString a = dir.filePath(QStringLiteral("a.") + QLatin1String(suffix));
        const QString b = dir.filePath(QStringLiteral("b.") + QLatin1String(suffix));
        REQUIRE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), a));
        REQUIRE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), b));
        INFO(suffix);
        CHECK(readAll(a) == readAll(b));
    }
}

TEST_CASE("Unknown formats are refused with a message naming the file", "[export]")
{
    QString error;
    CHECK_FALSE(ImageExporter::exportImage(koreanGraph(), {}, printOptions(), QStringLiteral("/tmp/graph.bmp2"), &error));
    CHECK(error.contains(QStringLiteral("graph.bmp2")));
}
