// Typed application settings, each declared once with its key and default (QSettings underneath).
#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace newsgraph::ui {

template <typename T>
class Setting
{
public:
    constexpr Setting(QLatin1StringView key, T defaultValue = T()) : key_(key), default_(defaultValue) {}

    T value() const
    {
        const QVariant stored = QSettings().value(key_);
        return stored.isValid() ? stored.value<T>() : default_;
    }
    void setValue(const T& value) const { QSettings().setValue(key_, QVariant::fromValue(value)); }
    QString key() const { return key_; }

private:
    QLatin1StringView key_;
    T default_;
};

namespace preferences {

inline const Setting<QStringList> recentDatabases{QLatin1StringView("database/recent")};
inline const Setting<QString> lastDatabase{QLatin1StringView("database/last")};
inline const Setting<QString> lastImportFolder{QLatin1StringView("import/lastFolder")};
inline const Setting<QByteArray> windowGeometry{QLatin1StringView("window/geometry")};
inline const Setting<QByteArray> windowState{QLatin1StringView("window/state")};
inline const Setting<QString> labelLanguage{QLatin1StringView("ui/labelLanguage")}; // "ko", "en", "" = system

inline constexpr int maxRecentDatabases = 8;

// Organisation and application names: QSettings and QStandardPaths (the default database) follow
// them, so the executable and the tests must agree.
void setApplicationIdentity();

// Puts `path` first in the recent list (once), trimmed to maxRecentDatabases.
void rememberDatabase(const QString& path);

} // namespace preferences
} // namespace newsgraph::ui
