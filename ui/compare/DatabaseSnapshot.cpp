// A dated copy of the open database.
#include "DatabaseSnapshot.h"

#include "store/GraphStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace newsgraph::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseSnapshot", text);
}

} // namespace

QString snapshotPath(const QString& databasePath, const QDate& date)
{
    const QFileInfo info(databasePath);
    const QString stem = info.dir().filePath(info.completeBaseName() + QLatin1Char('-') + date.toString(Qt::ISODate));
    QString path = stem + QStringLiteral(".db");
    for (int n = 2; QFile::exists(path); ++n)
        path = stem + QStringLiteral("-%1.db").arg(n);
    return path;
}

bool saveSnapshot(const QString& databasePath, const QString& targetPath, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        QFile::remove(targetPath + QStringLiteral("-wal"));
        QFile::remove(targetPath + QStringLiteral("-shm"));
        return false;
    };
    if (!QFileInfo::exists(databasePath))
        return fail(tr("%1: no such database").arg(databasePath));
    if (QFileInfo::exists(targetPath)) {
        if (error)
            *error = tr("%1: already exists").arg(targetPath);
        return false;
    }
    // The database and its write-ahead log together are the current state as long as nobody
    // writes meanwhile (the caller's promise); sqlite3 itself stays inside core/store.
    QFile source(databasePath);
    if (!source.copy(targetPath))
        return fail(tr("%1: cannot copy to %2: %3").arg(databasePath, targetPath, source.errorString()));
    const QString wal = databasePath + QStringLiteral("-wal");
    if (QFile::exists(wal) && !QFile::copy(wal, targetPath + QStringLiteral("-wal"))) {
        QFile::remove(targetPath);
        return fail(tr("%1: cannot copy its write-ahead log").arg(databasePath));
    }
    // Opening and closing the copy folds the log into it, so the snapshot is one self-contained file.
    auto store = core::GraphStore::open(QFile::encodeName(targetPath).toStdString());
    if (!store) {
        QFile::remove(targetPath);
        return fail(QString::fromStdString(store.error().message));
    }
    store->reset();
    return true;
}

} // namespace newsgraph::ui
