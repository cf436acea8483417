// Settings ▸ Language.
#include "LanguageMenu.h"

#include "UiLanguage.h"

#include "document/Preferences.h"

#include <QActionGroup>

namespace newsgraph::ui {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent), group_(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = preferences::labelLanguage.value();
    // Language names are written in their own language, so anyone can find theirs.
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("System Default")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto& [code, label] : choices) {
        QAction* action = addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group_->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void LanguageMenu::setLanguage(const QString& code)
{
    preferences::labelLanguage.setValue(code);
    for (QAction* action : group_->actions())
        action->setChecked(action->data().toString() == code);
    installUiTranslator(chosenLanguage());
    emit message(tr("Language changed: restart NewsGraph to apply it everywhere."));
}

} // namespace newsgraph::ui
