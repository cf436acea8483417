// Finds entities by name or alias as typed: Hangul, Latin, romanisation, initial consonants, with particles.
#pragma once

#include "KoreanCollator.h"

#include "model/GraphData.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <vector>

namespace newsgraph::ui {

struct SearchMatch {
    core::EntityId entity = 0;
    QString name;
    QString matchedForm; // the alias that matched, or the name
    core::EntityType type = core::EntityType::Company;
    int rank = 0;        // lower is better: exact, prefix, romanised, initials, substring
};

// Built once per loaded graph (romanisation is too slow to run per keystroke over every name).
class SearchIndex
{
public:
    void rebuild(const core::GraphData& data);
    std::size_t size() const { return forms_.size(); }

    // Best match per entity, ranked, ties in Korean collation order.
    std::vector<SearchMatch> search(const QString& query, std::size_t limit = 20) const;

    // The query and the query without a trailing particle ("오픈AI가" -> "오픈AI"), longest first.
    static QStringList queryVariants(const QString& query);

private:
    struct Form {
        std::size_t entity = 0; // index into entities_
        QString surface;
        std::string key;        // core::nameKey
        std::string romanized;  // core::romanize
        QString initials;       // core::initialConsonants, lower case, no spaces
    };
    struct Entity {
        core::EntityId id = 0;
        QString name;
        core::EntityType type = core::EntityType::Company;
    };
    int rankForm(const Form& form, const QString& variant, const std::string& key, const std::string& romanized,
                 bool jamoQuery) const;

    std::vector<Entity> entities_;
    std::vector<Form> forms_;
    KoreanCollator collator_;
};

} // namespace newsgraph::ui
