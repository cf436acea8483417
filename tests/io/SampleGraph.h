// A hand-made GraphData with the awkward cases exporters must survive (quotes, newlines, Hangul,
// invalid UTF-8, a symmetric relation stored in both directions, a dangling relation).
#pragma once

#include "model/GraphData.h"

namespace newsgraph::core::testing {

GraphData sampleGraph();

} // namespace newsgraph::core::testing
