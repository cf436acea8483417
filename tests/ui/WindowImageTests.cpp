// The window's picture of the sample corpus: exports through the window's canvas, and the user-guide screenshot.
#include <catch2/catch.hpp>

#include "WindowFixture.h"

#include "canvas/GraphCanvas.h"
#include "document/GraphDocument.h"
#include "render/ExportDialog.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::resetView;
using newsgraph::test::waitFor;

namespace {

void waitForLayout(MainWindow& window)
{
    REQUIRE(waitFor([&window] { return !window.canvas()->isLayoutRunning(); }, 120000));
}

// How many distinct colours an image uses: a blank or single-colour grab fails this.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

} // namespace

TEST_CASE("Ctrl+E exports the window's graph to PNG, SVG and PDF", "[ui][window][export]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    waitForLayout(window);
    REQUIRE_FALSE(window.canvas()->graph().nodes.empty());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString path = folder.filePath(QStringLiteral("graph.") + QLatin1String(suffix));
        INFO(path.toStdString());
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window)); // shortcuts only reach the active window
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        auto* dialog = window.findChild<ExportDialog*>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        dialog->setPath(path);
        QPushButton* exportButton = nullptr;
        for (auto* button : dialog->findChildren<QPushButton*>())
            if (button->text() == ExportDialog::tr("Export"))
                exportButton = button;
        REQUIRE(exportButton);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        REQUIRE((exported.count() == 1 || exported.wait(120000)));
        QTest::qWait(0); // the dialog closes and deletes itself
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(8);
        if (QLatin1String(suffix) == QLatin1String("png"))
            CHECK(head.startsWith("\x89PNG"));
        else if (QLatin1String(suffix) == QLatin1String("pdf"))
            CHECK(head.startsWith("%PDF"));
        else
            CHECK((head.startsWith("<?xml") || head.startsWith("<svg")));
        CHECK(file.size() > 1000);
        REQUIRE(waitFor([&window] { return window.findChild<ExportDialog*>() == nullptr; }));
    }
    const QImage png(folder.filePath(QStringLiteral("graph.png")));
    REQUIRE_FALSE(png.isNull());
    CHECK(distinctColours(png) > 20);
}

TEST_CASE("Screenshot of the main window on the sample corpus", "[ui][window][screenshot]")
{
    auto& window = loadedSampleWindow();
    resetView(window);
    waitForLayout(window);
    window.resize(1400, 900);
    window.canvas()->fitToView();
    const auto& graph = window.document()->filteredGraph();
    for (const auto& entity : graph.entities)
        if (entity.name == "사카나AI")
            window.document()->selectEntity(entity.id);
    QTest::qWait(200); // let the docks lay themselves out at the new size

    const QImage shot = window.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    CHECK(distinctColours(shot) > 50);
    const QString folder = QStringLiteral(NEWSGRAPH_RESOURCES_DIR "/../docs/screenshots");
    REQUIRE(QDir().mkpath(folder));
    CHECK(shot.save(folder + QStringLiteral("/main-window.png")));
}
