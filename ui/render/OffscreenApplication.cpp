#include "render/OffscreenApplication.h"

#include <QApplication>

namespace newsgraph::ui {

bool ensureGuiApplication(QString* error)
{
    if (auto* existing = QCoreApplication::instance()) {
        if (qobject_cast<QGuiApplication*>(existing))
            return true;
        if (error)
            *error = QStringLiteral("rendering needs a QGuiApplication, but a QCoreApplication is running");
        return false;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "newsgraph";
    static char* argv[] = {name, nullptr};
    static QApplication application(argc, argv); // lives until exit, like one made in main()
    return true;
}

} // namespace newsgraph::ui
