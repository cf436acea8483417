// Makes sure a QApplication exists for painting from the command line, offscreen when there is no display.
#pragma once

#include <QString>

namespace newsgraph::ui {

// Creates a process-wide QApplication when none exists (QT_QPA_PLATFORM=offscreen unless a display or a
// platform is set). Returns false with a message when a non-GUI QCoreApplication is already running.
bool ensureGuiApplication(QString* error = nullptr);

} // namespace newsgraph::ui
