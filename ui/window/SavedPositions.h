// Node positions kept in the database (GraphStore settings), so a reopened graph looks as it was left.
#pragma once

#include "model/GraphData.h"

#include <QPointF>

#include <map>
#include <optional>
#include <string>

namespace newsgraph::core {
class GraphStore;
}

namespace newsgraph::ui {

namespace savedPositions {

// Text form: one "id x y" line per node; unreadable lines are skipped.
std::string serialise(const std::map<core::EntityId, QPointF>& positions);
std::map<core::EntityId, QPointF> parse(const std::string& text);

// Empty map when nothing was saved or the store cannot be read.
std::map<core::EntityId, QPointF> load(const core::GraphStore& store);
bool save(core::GraphStore& store, const std::map<core::EntityId, QPointF>& positions);

} // namespace savedPositions
} // namespace newsgraph::ui
