// Settings ▸ Language: system default, 한국어 or English; remembered, applied now and fully after a restart.
#pragma once

#include <QMenu>

class QActionGroup;

namespace newsgraph::ui {

class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // "" (system), "ko" or "en": stores the preference and installs the translator.
    void setLanguage(const QString& code);

signals:
    // Widgets built before the switch keep their text until the next start: say so.
    void message(const QString& text);

private:
    QActionGroup* group_;
};

} // namespace newsgraph::ui
