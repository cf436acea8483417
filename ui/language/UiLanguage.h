// Which language the interface speaks (Korean or English) and the Qt translators that make it so.
#pragma once

#include <QString>

namespace newsgraph::ui {

// "ko" or "en": the preference (Settings ▸ Language) when set, else the system locale.
QString chosenLanguage();
// Replaces the application's NewsGraph (and Qt) translators with those for `language`
// ("ko", "en"; anything else: English, i.e. the source strings). Needs a QCoreApplication.
// True when NewsGraph's own translation was found (English always succeeds).
bool installUiTranslator(const QString& language = chosenLanguage());
// The language installUiTranslator last installed ("" before the first call).
QString installedLanguage();

} // namespace newsgraph::ui
