// Named views in a database: core::SavedView text under viewSettingKey(name), plus an index of names.
#pragma once

#include "analysis/SavedView.h"
#include "model/Error.h"

#include <string>
#include <vector>

namespace newsgraph::core {
class GraphStore;
}

namespace newsgraph::ui {

// The settings key listing saved view names, one per line, in the order they were first saved.
inline constexpr const char* savedViewIndexKey = "views";

core::Result<std::vector<std::string>> savedViewNames(const core::GraphStore& store);
// Fails with NotFound ("no saved view named …") when the name is unknown or was deleted.
core::Result<core::SavedView> loadSavedView(const core::GraphStore& store, const std::string& name);
// Stores (or replaces) view.name; the name must not be empty or contain a line break.
core::Result<void> storeSavedView(core::GraphStore& store, const core::SavedView& view);
core::Result<void> deleteSavedView(core::GraphStore& store, const std::string& name);

} // namespace newsgraph::ui
