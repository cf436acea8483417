// Test main for the window tests: an empty profile (temp HOME, XDG dirs, QStandardPaths test mode)
// and one offscreen QApplication, created before Catch runs any test.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "WindowFixture.h"
#include "document/Preferences.h"

#include <QApplication>
#include <QDir>
#include <QWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A fresh HOME, so the first-start path (no database yet) runs, and nothing of the user's leaks in.
    QTemporaryDir profile(QDir::tempPath() + QStringLiteral("/newsgraph-ui-test-XXXXXX"));
    if (!profile.isValid())
        return EXIT_FAILURE;
    const QByteArray home = QFile::encodeName(profile.path());
    qputenv("HOME", home);
    qputenv("XDG_DATA_HOME", home + "/data");
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_CACHE_HOME", home + "/cache");
    QDir(profile.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(profile.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", home + "/runtime");
    qputenv("NEWSGRAPH_RESOURCES", NEWSGRAPH_RESOURCES_DIR);
    QStandardPaths::setTestModeEnabled(true);

    QApplication application(argc, argv);
    newsgraph::ui::preferences::setApplicationIdentity();
    const int failures = Catch::Session().run(argc, argv);
    // The window (and its background jobs) must go while the QApplication is still alive.
    newsgraph::test::closeSampleWindow();
    return failures == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
