// The Views menu.
#include "ViewsMenu.h"

#include "SavedViewStore.h"
#include "ViewCapture.h"

#include "document/GraphDocument.h"
#include "store/GraphStore.h"
#include "window/MainWindow.h"

#include <QInputDialog>

namespace newsgraph::ui {
namespace {

core::Result<void> noDatabase()
{
    return core::fail(core::Error::Kind::InvalidInput, "saved views: no database is open");
}

} // namespace

ViewsMenu::ViewsMenu(MainWindow* window)
    : QMenu(tr("&Views"), window), window_(window), save_(new QAction(tr("&Save View As…"), window)),
      deleteMenu_(new QMenu(tr("&Delete View"), this))
{
    setObjectName(QStringLiteral("viewsMenu"));
    save_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(save_, &QAction::triggered, this, &ViewsMenu::promptSave);
    connect(this, &QMenu::aboutToShow, this, &ViewsMenu::rebuild);
    connect(window_->document(), &GraphDocument::databaseChanged, this, &ViewsMenu::rebuild);
    rebuild();
}

QStringList ViewsMenu::viewNames() const
{
    QStringList names;
    if (const auto* store = window_->document()->store())
        if (auto stored = savedViewNames(*store))
            for (const auto& name : *stored)
                names << QString::fromStdString(name);
    return names;
}

core::Result<void> ViewsMenu::saveView(const QString& name)
{
    auto* store = window_->document()->store();
    if (!store)
        return noDatabase();
    auto stored = storeSavedView(*store, captureView(*window_, name.trimmed().toStdString()));
    if (stored)
        emit message(tr("Saved view “%1”").arg(name.trimmed()));
    return stored;
}

core::Result<void> ViewsMenu::restoreView(const QString& name)
{
    const auto* store = window_->document()->store();
    if (!store)
        return noDatabase();
    auto view = loadSavedView(*store, name.toStdString());
    if (!view)
        return std::unexpected(view.error());
    ui::restoreView(*window_, *view);
    emit message(tr("Restored view “%1”").arg(name));
    return {};
}

core::Result<void> ViewsMenu::deleteView(const QString& name)
{
    auto* store = window_->document()->store();
    if (!store)
        return noDatabase();
    return deleteSavedView(*store, name.toStdString()); // the menu lists afresh when it next opens
}

void ViewsMenu::rebuild()
{
    clear();
    deleteMenu_->clear();
    const bool open = window_->document()->isOpen();
    save_->setEnabled(open);
    addAction(save_);
    addSeparator();
    const QStringList names = viewNames();
    if (names.isEmpty())
        addAction(tr("No saved views"))->setEnabled(false);
    for (const QString& name : names) {
        addAction(name, this, [this, name] {
            if (auto restored = restoreView(name); !restored)
                emit message(QString::fromStdString(restored.error().message));
        });
        deleteMenu_->addAction(name, this, [this, name] { (void)deleteView(name); });
    }
    addSeparator();
    deleteMenu_->setEnabled(!names.isEmpty());
    addMenu(deleteMenu_);
}

void ViewsMenu::promptSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(window_, tr("Save View"), tr("Name of the view:"), QLineEdit::Normal,
                                               tr("View %1").arg(viewNames().size() + 1), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto saved = saveView(name); !saved)
        emit message(QString::fromStdString(saved.error().message));
}

} // namespace newsgraph::ui
