// The one MainWindow the window tests share.
#include "WindowFixture.h"

#include <catch2/catch.hpp>

#include "document/GraphDocument.h"
#include "window/DatabaseSession.h"

#include <QTest>

namespace newsgraph::test {

namespace {
ui::MainWindow* sharedWindow = nullptr;
}

ui::MainWindow& sampleWindow()
{
    if (!sharedWindow) {
        sharedWindow = new ui::MainWindow;
        sharedWindow->show();
        sharedWindow->start();
    }
    return *sharedWindow;
}

void closeSampleWindow()
{
    delete sharedWindow;
    sharedWindow = nullptr;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

ui::MainWindow& loadedSampleWindow()
{
    auto& window = sampleWindow();
    // Extraction in a Debug build (and the NER model) can take a while on a shared machine.
    const bool loaded = waitFor(
        [&window] {
            return !window.session()->isImporting() && !window.document()->graph().entities.empty()
                && !window.document()->isFiltering();
        },
        600000);
    REQUIRE(loaded);
    return window;
}

void resetView(ui::MainWindow& window)
{
    window.document()->applyFilter({});
    window.document()->clearSelection();
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering(); }));
}

} // namespace newsgraph::test
