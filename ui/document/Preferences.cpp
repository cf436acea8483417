// Typed application settings.
#include "Preferences.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace newsgraph::ui::preferences {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NewsGraph"));
    QCoreApplication::setApplicationName(QStringLiteral("NewsGraph"));
}

void rememberDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases.value();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentDatabases)
        recent.removeLast();
    recentDatabases.setValue(recent);
    lastDatabase.setValue(absolute);
}

} // namespace newsgraph::ui::preferences
