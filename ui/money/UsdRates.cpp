// The exchange-rate table the GUI converts with.
#include "UsdRates.h"

#include "document/ResourceLocator.h"

#include <QDir>
#include <QFile>

namespace newsgraph::ui {

const core::RateTable& usdRates()
{
    static const core::RateTable table = [] {
        const QString dir = resourcesDirectory();
        if (!dir.isEmpty()) {
            const QString file = QDir(dir).filePath(QStringLiteral("rates/usd-rates.tsv"));
            if (QFile::exists(file))
                if (auto loaded = core::RateTable::loadFile(QFile::encodeName(file).toStdString()))
                    return std::move(*loaded);
        }
        return core::RateTable::builtIn();
    }();
    return table;
}

} // namespace newsgraph::ui
