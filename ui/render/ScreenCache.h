// What the canvas keeps between frames to draw fast; exports leave RenderOptions::screen null.
#pragma once

#include "render/LabelSprites.h"
#include "render/LineLayer.h"
#include "render/NodeSprites.h"

#include <QPointF>

#include <cmath>

namespace newsgraph::ui {

// Each part trades exactness for speed only where nobody can see it on screen (see each class);
// files keep vector shapes, text as text and exact translucent lines.
struct ScreenCache
{
    LineLayer lines;
    NodeSprites nodes;
    LabelSprites labels;
};

// Where to copy a sprite so that it lands on whole device pixels: Qt's raster engine copies an
// image at an aligned position directly, but with antialiasing on it sends an unaligned one through
// its general transformed-image path, several times slower (and the result snaps to pixels anyway).
inline QPointF pixelAligned(QPointF at, double pixelRatio)
{
    return QPointF(std::round(at.x() * pixelRatio), std::round(at.y() * pixelRatio)) / pixelRatio;
}

} // namespace newsgraph::ui
