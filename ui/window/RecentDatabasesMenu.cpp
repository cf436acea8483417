// File → Open Recent.
#include "RecentDatabasesMenu.h"

#include "document/Preferences.h"

#include <QDir>
#include <QFileInfo>

namespace newsgraph::ui {

RecentDatabasesMenu::RecentDatabasesMenu(QWidget* parent) : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(QStringLiteral("recentDatabasesMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    clear();
    const QStringList recent = preferences::recentDatabases.value();
    int number = 1;
    for (const QString& path : recent) {
        auto* action = addAction(QStringLiteral("&%1 %2").arg(number++).arg(QDir::toNativeSeparators(path)));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] { emit databaseChosen(path); });
    }
    if (recent.isEmpty())
        addAction(tr("No recent databases"))->setEnabled(false);
    addSeparator();
    connect(addAction(tr("Clear list")), &QAction::triggered, this,
            [] { preferences::recentDatabases.setValue({}); });
}

} // namespace newsgraph::ui
