// One ring of nodes ordered by group (entity type) then index; pinned nodes stay put.
#pragma once

#include "layout/LayoutInput.h"

namespace newsgraph::ui {

std::vector<QPointF> circularLayout(const LayoutInput& input);

} // namespace newsgraph::ui
