// File → Open Recent: the databases opened lately (from the preferences), newest first.
#pragma once

#include <QMenu>

namespace newsgraph::ui {

class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentDatabasesMenu(QWidget* parent = nullptr);

signals:
    void databaseChosen(const QString& path);

private:
    void rebuild();
};

} // namespace newsgraph::ui
