// Display labels for the ontology's types.
#include "OntologyLabels.h"

#include "document/Preferences.h"

#include <QLocale>

#include <string_view>

namespace newsgraph::ui {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

// Read once: models ask for labels in data(), far too often to open QSettings each time.
bool useKoreanLabels()
{
    static const bool korean = [] {
        const QString language = preferences::labelLanguage.value();
        if (!language.isEmpty())
            return language == QStringLiteral("ko");
        return QLocale().language() == QLocale::Korean;
    }();
    return korean;
}

QString entityTypeLabel(core::EntityType type)
{
    return fromView(useKoreanLabels() ? core::koreanLabel(type) : core::englishLabel(type));
}

QString relationTypeLabel(core::RelationType type)
{
    return fromView(useKoreanLabels() ? core::koreanLabel(type) : core::englishLabel(type));
}

} // namespace newsgraph::ui
