// Fixed colours per entity and relation type for the graph formats (DOT, GEXF).
#pragma once

#include "model/EntityType.h"
#include "model/RelationType.h"

#include <string>
#include <string_view>

namespace newsgraph::core {

struct Rgb {
    int red = 0, green = 0, blue = 0;
};

// Colour-blind-friendly palette (Okabe-Ito based), so a rendered export reads like the explorer.
Rgb entityColour(EntityType type);
Rgb relationColour(RelationType type);
// "#rrggbb"
std::string hexColour(Rgb colour);

} // namespace newsgraph::core
