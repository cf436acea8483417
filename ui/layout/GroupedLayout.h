// One compact cluster per group (entity type), clusters spaced around a circle.
#pragma once

#include "layout/LayoutInput.h"

namespace newsgraph::ui {

// Within a cluster the best-connected nodes sit in the middle (a sunflower spiral outwards).
std::vector<QPointF> groupedLayout(const LayoutInput& input);

// The radius a sunflower disc of `count` nodes needs at the given spacing (shared with the tests).
double sunflowerRadius(std::size_t count, double spacing);
QPointF sunflowerPoint(std::size_t index, double spacing);

} // namespace newsgraph::ui
