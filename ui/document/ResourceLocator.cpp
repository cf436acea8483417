// Finds the bundled resources and the default database location.
#include "ResourceLocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace newsgraph::ui {
namespace {

bool isResourcesDir(const QString& path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString resourcesDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("NEWSGRAPH_RESOURCES");
    if (isResourcesDir(fromEnvironment))
        return QDir(fromEnvironment).absolutePath();
#ifdef NEWSGRAPH_DEFAULT_RESOURCES_DIR
    const QString fromBuild = QStringLiteral(NEWSGRAPH_DEFAULT_RESOURCES_DIR);
    if (isResourcesDir(fromBuild))
        return QDir(fromBuild).absolutePath();
#endif
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/newsgraph");
    if (isResourcesDir(installed))
        return QDir(installed).absolutePath();
    return {};
}

QString sampleCorpusDirectory()
{
    const QString resources = resourcesDirectory();
    if (resources.isEmpty())
        return {};
    const QString corpus = resources + QStringLiteral("/corpus");
    return QFileInfo(corpus).isDir() ? corpus : QString();
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/newsgraph.db");
}

} // namespace newsgraph::ui
