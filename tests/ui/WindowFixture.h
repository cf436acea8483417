// The one MainWindow the window tests share: started on the empty test profile, so it imports the sample.
#pragma once

#include "window/MainWindow.h"

#include <functional>

namespace newsgraph::test {

// Created and started on first use; the test main deletes it before the QApplication goes.
ui::MainWindow& sampleWindow();
// Deletes the shared window, if one was made, while the QApplication still exists.
void closeSampleWindow();
// Polls the event loop (QTRY-style) until `done` or the timeout; true when `done` held.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);
// Waits until the sample corpus is in and the filtered graph shown; REQUIREs it.
ui::MainWindow& loadedSampleWindow();
// Clears filter and selection and waits for the graph to settle.
void resetView(ui::MainWindow& window);

} // namespace newsgraph::test
