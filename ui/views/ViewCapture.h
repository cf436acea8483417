// Takes a SavedView from the window (filter, positions, viewport, selection, layout, size) and puts one back.
#pragma once

#include "analysis/SavedView.h"

#include <QString>

namespace newsgraph::ui {

class MainWindow;

core::SavedView captureView(const MainWindow& window, const std::string& name);

// The filter goes through the undo stack (Edit ▸ Undo returns to the previous filter); positions,
// viewport and selection follow once the filtered graph is on the canvas (at once when the filter
// is unchanged). Entities the view names but the graph no longer has are skipped.
void restoreView(MainWindow& window, const core::SavedView& view);

// "pagerank" (SavedView, CLI) <-> "pageRank" (CanvasSync).
QString canvasSizeMeasure(const std::string& savedMeasure);
std::string savedSizeMeasure(const QString& canvasMeasure);

} // namespace newsgraph::ui
