#include "render/ImageExporter.h"

#include "render/GraphRenderer.h"
#include "render/GraphStyle.h"
#include "render/LegendPainter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace newsgraph::ui {

namespace {
constexpr int maxSourceLines = 60;

// Where everything goes on the page, in device pixels.
struct PageLayout {
    double ui = 1, margin = 0;
    QRectF titleRect, graphRect, legendRect, sourcesRect;
    QRectF world;
    int height = 0;
};

QString sourceLine(const SourceArticle& source)
{
    QStringList parts;
    for (const QString& part : {source.outlet, source.date, source.title})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QStringLiteral(" · "));
}

PageLayout layoutPage(const CanvasGraph& graph, const GraphRenderer& renderer, const ExportOptions& options)
{
    PageLayout layout;
    layout.ui = options.uiScale();
    layout.margin = 16 * layout.ui;
    const double width = options.effectivePixelWidth();
    const double inner = std::max(10.0, width - 2 * layout.margin);
    double y = layout.margin;
    if (!options.title.isEmpty()) {
        const QFontMetricsF metrics(GraphStyle::labelFont(20 * layout.ui, true));
        layout.titleRect = QRectF(layout.margin, y, inner, metrics.height());
        y += metrics.height() + 8 * layout.ui;
    }
    QRectF world = options.scope == ExportOptions::Scope::CurrentView && options.viewWorldRect.isValid()
        ? options.viewWorldRect.normalized()
        : renderer.worldBounds();
    if (options.scope == ExportOptions::Scope::WholeGraph) {
        const double pad = std::max(world.width(), world.height()) * 0.04 + 20; // room for labels at the rim
        world.adjust(-pad, -pad, pad, pad);
    }
    layout.world = world;
    const double aspect = std::clamp(world.height() / std::max(world.width(), 1e-9), 0.3, 2.0);
    layout.graphRect = QRectF(layout.margin, y, inner, std::round(inner * aspect));
    y = layout.graphRect.bottom() + 8 * layout.ui;
    if (options.legend && !graph.nodes.empty()) {
        const QSizeF size = LegendPainter(graph).paint(nullptr, QPointF(), layout.ui, inner);
        layout.legendRect = QRectF(QPointF(layout.margin, y), size);
        y += size.height() + 8 * layout.ui;
    }
    if (!options.sources.empty()) {
        const QFontMetricsF metrics(GraphStyle::labelFont(10 * layout.ui));
        const auto lines = std::min<std::size_t>(options.sources.size(), maxSourceLines) + 1
            + (options.sources.size() > maxSourceLines ? 1 : 0);
        layout.sourcesRect = QRectF(layout.margin, y, inner, static_cast<double>(lines) * metrics.lineSpacing());
        y = layout.sourcesRect.bottom() + 4 * layout.ui;
    }
    layout.height = static_cast<int>(std::ceil(y + layout.margin - 8 * layout.ui));
    return layout;
}

void paintSources(QPainter& painter, const ExportOptions& options, const PageLayout& layout)
{
    const QFont font = GraphStyle::labelFont(10 * layout.ui);
    const QFontMetricsF metrics(font);
    painter.setPen(QColor(40, 40, 40));
    painter.setFont(GraphStyle::labelFont(10 * layout.ui, true));
    double y = layout.sourcesRect.top() + metrics.ascent();
    painter.drawText(QPointF(layout.sourcesRect.left(), y), QStringLiteral("출처 Sources"));
    painter.setFont(font);
    const std::size_t shown = std::min<std::size_t>(options.sources.size(), maxSourceLines);
    for (std::size_t i = 0; i < shown; ++i) {
        y += metrics.lineSpacing();
        const QString text = metrics.elidedText(sourceLine(options.sources[i]), Qt::ElideRight, layout.sourcesRect.width());
        painter.drawText(QPointF(layout.sourcesRect.left(), y), text);
    }
    if (options.sources.size() > shown) {
        y += metrics.lineSpacing();
        painter.drawText(QPointF(layout.sourcesRect.left(), y),
                         QStringLiteral("… +%1").arg(options.sources.size() - shown));
    }
}

CanvasGraph withPositions(const CanvasGraph& graph, const std::vector<QPointF>& positions)
{
    CanvasGraph copy = graph;
    if (!positions.empty())
        copy.setPositions(positions);
    return copy;
}

// Qt 6.4 stamps PDFs with the current time and a random document id; fix both in place (same
// lengths, so the cross-reference offsets stay valid) to keep exports reproducible.
QByteArray stabilisePdf(QByteArray pdf)
{
    static const QRegularExpression date(QStringLiteral("\\(D:(\\d{14})"));
    QString latin = QString::fromLatin1(pdf);
    latin.replace(date, QStringLiteral("(D:20000101000000"));
    static const QRegularExpression xmpDate(QStringLiteral("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})"));
    latin.replace(xmpDate, QStringLiteral("2000-01-01T00:00:00"));
    static const QRegularExpression uuid(QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    latin.replace(uuid, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    static const QRegularExpression id(QStringLiteral("<([0-9a-fA-F]{32})>"));
    latin.replace(id, QStringLiteral("<00000000000000000000000000000000>"));
    return latin.toLatin1();
}
} // namespace

QSize ImageExporter::pageSize(const CanvasGraph& graph, const ExportOptions& options)
{
    const GraphRenderer renderer(graph);
    return {options.effectivePixelWidth(), layoutPage(graph, renderer, options).height};
}

void ImageExporter::paintPage(QPainter& painter, const CanvasGraph& graph, const ExportOptions& options, QSize page)
{
    const GraphRenderer renderer(graph);
    const PageLayout layout = layoutPage(graph, renderer, options);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (!options.transparent)
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(page)), Qt::white);
    if (!layout.titleRect.isNull()) {
        painter.setFont(GraphStyle::labelFont(20 * layout.ui, true));
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QPointF(layout.titleRect.left(), layout.titleRect.top() + QFontMetricsF(painter.font()).ascent()),
                         options.title);
    }
    RenderOptions render;
    render.deviceRect = layout.graphRect;
    render.view = ViewTransform::fitting(layout.world, layout.graphRect, 0);
    render.uiScale = layout.ui;
    render.background = Qt::transparent;
    render.labels = options.labels;
    render.maxLabels = options.maxLabels;
    renderer.paint(painter, render, options.highlight);
    if (!layout.legendRect.isNull())
        LegendPainter(graph).paint(&painter, layout.legendRect.topLeft(), layout.ui, layout.graphRect.width());
    if (!layout.sourcesRect.isNull())
        paintSources(painter, options, layout);
}

QImage ImageExporter::renderImage(const CanvasGraph& graph, const std::vector<QPointF>& positions,
                                  const ExportOptions& options)
{
    const CanvasGraph placed = withPositions(graph, positions);
    const QSize page = pageSize(placed, options);
    QImage image(page, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::transparent);
    const int dotsPerMeter = static_cast<int>(std::lround(options.effectiveDpi() / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paintPage(painter, placed, options, page);
    painter.end();
    return image;
}

bool ImageExporter::exportImage(const CanvasGraph& graph, const std::vector<QPointF>& positions,
                                const ExportOptions& options, const QString& path, QString* error)
{
    auto failWith = [&](const QString& message) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg") && suffix != QStringLiteral("pdf"))
        return failWith(QStringLiteral("unknown image format (use .png, .svg or .pdf)"));
    const CanvasGraph placed = withPositions(graph, positions);
    const QSize page = pageSize(placed, options);
    if (page.width() < 1 || page.height() < 1 || page.width() > 30000 || page.height() > 30000)
        return failWith(QStringLiteral("image size %1×%2 px is out of range").arg(page.width()).arg(page.height()));

    QByteArray bytes;
    if (suffix == QStringLiteral("png")) {
        const QImage image = renderImage(placed, {}, options);
        if (image.isNull())
            return failWith(QStringLiteral("not enough memory for a %1×%2 image").arg(page.width()).arg(page.height()));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            return failWith(writer.errorString());
    } else if (suffix == QStringLiteral("svg")) {
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(page);
        svg.setViewBox(QRect(QPoint(0, 0), page));
        svg.setResolution(options.effectiveDpi());
        svg.setTitle(options.title.isEmpty() ? QStringLiteral("NewsGraph") : options.title);
        svg.setDescription(QStringLiteral("Knowledge graph exported by NewsGraph"));
        QPainter painter(&svg);
        paintPage(painter, placed, options, page);
        painter.end();
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter pdf(&buffer);
        pdf.setResolution(options.effectiveDpi());
        pdf.setCreator(QStringLiteral("NewsGraph"));
        pdf.setTitle(options.title.isEmpty() ? QStringLiteral("NewsGraph") : options.title);
        const double mmPerPixel = 25.4 / options.effectiveDpi();
        pdf.setPageSize(QPageSize(QSizeF(page.width() * mmPerPixel, page.height() * mmPerPixel), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        if (!painter.isActive())
            return failWith(QStringLiteral("cannot start the PDF writer"));
        paintPage(painter, placed, options, page);
        painter.end();
        buffer.close();
        bytes = stabilisePdf(bytes);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(file.errorString());
    file.write(bytes);
    if (!file.commit())
        return failWith(file.errorString());
    return true;
}

} // namespace newsgraph::ui
