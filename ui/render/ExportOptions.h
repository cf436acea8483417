// What an image export contains and how big it is: scope, size or physical size + DPI, extras.
#pragma once

#include "render/HighlightState.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace newsgraph::ui {

// One article behind the exported graph, listed in the source block.
struct SourceArticle {
    QString outlet;
    QString date;
    QString title;
};

struct ExportOptions {
    enum class Scope { WholeGraph, CurrentView };
    Scope scope = Scope::WholeGraph;
    QRectF viewWorldRect;     // CurrentView: the world rectangle the canvas shows

    // Width: pixelWidth when > 0, else widthMm at dpi (180 mm at 300 dpi -> 2126 px). Height follows the graph.
    int pixelWidth = 0;
    double widthMm = 180;
    int dpi = 0;              // 0: 96 for fonts and pens when pixelWidth is given, 300 otherwise

    bool transparent = false; // else a white background
    QString title;            // empty: no title line
    bool legend = true;
    bool labels = true;
    int maxLabels = 400;
    std::vector<SourceArticle> sources; // empty: no source block
    HighlightState highlight;           // selection/path/focus as shown on screen (optional)

    int effectiveDpi() const { return dpi > 0 ? dpi : (pixelWidth > 0 ? 96 : 300); }
    int effectivePixelWidth() const
    {
        return pixelWidth > 0 ? pixelWidth : static_cast<int>(widthMm / 25.4 * effectiveDpi() + 0.5);
    }
    double uiScale() const { return effectiveDpi() / 96.0; }
};

} // namespace newsgraph::ui
