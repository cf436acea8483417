// The Views menu: save the current view under a name, restore or delete saved views of this database.
#pragma once

#include "model/Error.h"

#include <QMenu>
#include <QStringList>

namespace newsgraph::ui {

class MainWindow;

class ViewsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ViewsMenu(MainWindow* window);

    QStringList viewNames() const;
    core::Result<void> saveView(const QString& name);
    core::Result<void> restoreView(const QString& name);
    core::Result<void> deleteView(const QString& name);

signals:
    void message(const QString& text);

private:
    void rebuild();
    void promptSave();

    MainWindow* window_;
    QAction* save_;
    QMenu* deleteMenu_;
};

} // namespace newsgraph::ui
