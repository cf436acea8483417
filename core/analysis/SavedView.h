// A named view (filter, node positions, viewport, selection) and its text form for the database.
#pragma once

#include "graph/GraphFilter.h"
#include "model/Error.h"

#include <map>
#include <string>
#include <vector>

namespace newsgraph::core {

struct Point {
    double x = 0;
    double y = 0;
    bool operator==(const Point&) const = default;
};

struct SavedView {
    std::string name;
    GraphFilter filter;
    std::map<EntityId, Point> positions;
    Point viewportCentre;
    double zoom = 1.0;
    std::vector<EntityId> selection;
    std::string layout;     // "force", "circular", "grouped", "radial"
    std::string sizeMeasure; // "mentions", "degree", "betweenness", "pagerank"

    bool operator==(const SavedView&) const = default;
};

// Line-oriented "key=value" text, stable across versions (unknown keys are ignored).
std::string serializeView(const SavedView& view);
Result<SavedView> parseView(const std::string& text);

// The settings key a view is stored under ("view:<name>").
std::string viewSettingKey(const std::string& name);

} // namespace newsgraph::core
