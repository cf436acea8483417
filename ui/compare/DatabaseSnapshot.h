// A dated copy of the open database, to compare against later.
#pragma once

#include <QDate>
#include <QString>

namespace newsgraph::ui {

// "<folder>/<name>-2026-11-23.db" beside the database; "-2", "-3"... when that name is taken.
QString snapshotPath(const QString& databasePath, const QDate& date);

// Copies `databasePath` (with its -wal file, which may hold the latest pages) to `targetPath`
// and folds the log into the copy. The caller makes sure no import is writing. Never overwrites.
// False with *error naming the file on failure.
bool saveSnapshot(const QString& databasePath, const QString& targetPath, QString* error = nullptr);

} // namespace newsgraph::ui
