// Which language the interface speaks and the translators that make it so.
#include "UiLanguage.h"

#include "document/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

// Q_INIT_RESOURCE must name the resource from the global namespace; the catalogues live in the
// static newsgraph_ui library, whose unreferenced initialisers the linker would otherwise drop.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(newsgraph_translations);
}

namespace newsgraph::ui {
namespace {

// Owned by the application, so they go with it; replaced on every switch.
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;
QString installed;

void drop(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

} // namespace

QString chosenLanguage()
{
    const QString preferred = preferences::labelLanguage.value();
    if (preferred == QStringLiteral("ko") || preferred == QStringLiteral("en"))
        return preferred;
    return QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

bool installUiTranslator(const QString& language)
{
    static const bool resourcesReady = (initTranslationResources(), true);
    (void)resourcesReady;
    drop(ownTranslator);
    drop(qtTranslator);
    installed = language == QStringLiteral("ko") ? language : QStringLiteral("en");
    auto* own = new QTranslator(QCoreApplication::instance());
    // The .qm files are built from resources/translations/*.ts and embedded under :/i18n.
    if (!own->load(QStringLiteral(":/i18n/newsgraph_%1.qm").arg(installed))) {
        delete own;
        return installed == QStringLiteral("en");
    }
    ownTranslator = own;
    QCoreApplication::installTranslator(own);
    // Standard buttons and dialogs (OK, Cancel, file dialogs) from Qt's own catalogue, when installed.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(installed), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qtTranslator = qt;
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

QString installedLanguage()
{
    return installed;
}

} // namespace newsgraph::ui
