// Exports a graph as PNG, SVG or PDF through the same GraphRenderer the canvas uses.
#pragma once

#include "canvas/CanvasGraph.h"
#include "render/ExportOptions.h"

#include <QImage>
#include <QString>

#include <vector>

class QPaintDevice;
class QPainter;

namespace newsgraph::ui {

// Safe to call from any thread (no widgets). Output is deterministic: the same graph, positions and
// options give a byte-identical PNG or SVG; PDFs get a fixed creation date and document id too.
class ImageExporter
{
public:
    // The format follows the suffix: .png, .svg or .pdf. `positions` (per node index) may be empty:
    // then the graph's own positions are used. On failure returns false and sets *error.
    static bool exportImage(const CanvasGraph& graph, const std::vector<QPointF>& positions,
                            const ExportOptions& options, const QString& path, QString* error = nullptr);

    // The PNG page as an image (for the clipboard and tests).
    static QImage renderImage(const CanvasGraph& graph, const std::vector<QPointF>& positions,
                              const ExportOptions& options);

    // The page's size in pixels for these options (title, graph, legend, sources stacked).
    static QSize pageSize(const CanvasGraph& graph, const ExportOptions& options);

private:
    static void paintPage(QPainter& painter, const CanvasGraph& graph, const ExportOptions& options, QSize page);
};

} // namespace newsgraph::ui
