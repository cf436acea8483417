// The window's databases: new, open, recent list, and the window layout surviving a restart.
#include <catch2/catch.hpp>

#include "WindowFixture.h"

#include "document/GraphDocument.h"
#include "document/Preferences.h"
#include "canvas/GraphCanvas.h"
#include "window/CanvasSync.h"
#include "window/DatabaseSession.h"
#include "window/GraphCountsLabel.h"
#include "window/MainWindow.h"

#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cmath>

using namespace newsgraph;
using namespace newsgraph::ui;
using newsgraph::test::loadedSampleWindow;
using newsgraph::test::waitFor;

TEST_CASE("New database starts empty, the sample stays in the recent list and reopens", "[ui][window][session]")
{
    auto& window = loadedSampleWindow();
    const QString sample = window.document()->databasePath();
    const auto sampleEntities = window.document()->graph().entities.size();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString fresh = folder.filePath(QStringLiteral("empty.db"));

    REQUIRE(window.session()->createDatabase(fresh));
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering(); }));
    CHECK(QFileInfo(window.document()->databasePath()) == QFileInfo(fresh));
    CHECK(window.document()->graph().entities.empty());
    CHECK(window.countsLabel()->text() == QStringLiteral("0 of 0 entities, 0 of 0 relations"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("empty.db")));
    const QStringList recent = preferences::recentDatabases.value();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.front() == QFileInfo(fresh).absoluteFilePath());
    CHECK(recent.contains(QFileInfo(sample).absoluteFilePath()));

    REQUIRE(window.session()->openDatabase(sample));
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering(); }));
    CHECK(window.document()->graph().entities.size() == sampleEntities);
    CHECK(preferences::lastDatabase.value() == QFileInfo(sample).absoluteFilePath());
}

TEST_CASE("Opening something that is not a database leaves the current one open", "[ui][window][session]")
{
    auto& window = loadedSampleWindow();
    const QString before = window.document()->databasePath();
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString bogus = folder.filePath(QStringLiteral("notes.db"));
    {
        QFile file(bogus);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not an SQLite database; it is long enough to have a header\n");
    }
    CHECK_FALSE(window.session()->openDatabase(bogus));
    CHECK(window.document()->databasePath() == before);
    auto* box = window.findChild<QMessageBox*>();
    REQUIRE(box); // told the user, without blocking
    box->close();
}

TEST_CASE("The window layout is saved on close and restored by the next window", "[ui][window][session]")
{
    auto& window = loadedSampleWindow();
    auto* inspectorDock = window.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    REQUIRE(inspectorDock);
    inspectorDock->hide();
    window.close();
    CHECK_FALSE(preferences::windowState.value().isEmpty());

    MainWindow next;
    auto* restoredDock = next.findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    REQUIRE(restoredDock);
    next.show();
    CHECK(restoredDock->isHidden());
    window.show();
}

TEST_CASE("Node positions are kept in the database and come back when it is reopened", "[ui][window][session]")
{
    auto& window = loadedSampleWindow();
    REQUIRE(waitFor([&window] { return !window.canvas()->isLayoutRunning(); }, 120000));
    window.canvasSync()->savePositions();
    const auto before = window.canvas()->positions();
    REQUIRE_FALSE(before.empty());
    const QString sample = window.document()->databasePath();

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    REQUIRE(window.session()->createDatabase(folder.filePath(QStringLiteral("other.db"))));
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering(); }));
    CHECK(window.canvas()->graph().nodes.empty());

    REQUIRE(window.session()->openDatabase(sample));
    REQUIRE(waitFor([&window] { return !window.document()->isFiltering() && !window.canvas()->graph().nodes.empty(); }));
    CHECK_FALSE(window.canvas()->isLayoutRunning()); // nothing to lay out: every node has its place
    const auto after = window.canvas()->positions();
    REQUIRE(after.size() == before.size());
    for (const auto& [id, point] : before) {
        REQUIRE(after.contains(id));
        CHECK(std::abs(after.at(id).x() - point.x()) < 1e-3);
        CHECK(std::abs(after.at(id).y() - point.y()) < 1e-3);
    }
}
