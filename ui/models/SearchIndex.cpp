// Finds entities by name or alias as typed.
#include "SearchIndex.h"

#include "text/NameKey.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace newsgraph::ui {
namespace {

constexpr int noMatch = std::numeric_limits<int>::max();

// Josa a user may type after a name; longest first so "에서" wins over "서".
constexpr std::array particles{
    u"에서부터", u"으로부터", u"로부터", u"이라는", u"라는", u"에게서", u"한테서", u"에서", u"에게", u"한테",
    u"께서", u"으로", u"까지", u"부터", u"처럼", u"보다", u"이랑", u"이나", u"와의", u"과의", u"에의",
    u"이", u"가", u"은", u"는", u"을", u"를", u"의", u"에", u"와", u"과", u"로", u"도", u"만", u"랑", u"나",
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QString compact(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace() && !c.isPunct())
            result.append(c.toLower());
    return result;
}

// Hangul Compatibility Jamo consonants, as typed on a Korean keyboard for initials search.
bool hasCompatibilityConsonant(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x3131 && c.unicode() <= 0x314E; });
}

bool startsWith(const std::string& text, const std::string& prefix)
{
    return !prefix.empty() && text.starts_with(prefix);
}

} // namespace

QStringList SearchIndex::queryVariants(const QString& query)
{
    const QString trimmed = query.trimmed();
    QStringList variants{trimmed};
    for (const char16_t* particle : particles) {
        const QString suffix = QString::fromUtf16(particle);
        if (trimmed.size() > suffix.size() && trimmed.endsWith(suffix)) {
            const QString stem = trimmed.chopped(suffix.size()).trimmed();
            if (!stem.isEmpty() && !variants.contains(stem))
                variants.append(stem);
        }
    }
    return variants;
}

void SearchIndex::rebuild(const core::GraphData& data)
{
    entities_.clear();
    forms_.clear();
    entities_.reserve(data.entities.size());
    for (const auto& record : data.entities) {
        const std::size_t entityIndex = entities_.size();
        const QString name = QString::fromStdString(record.name);
        entities_.push_back({record.id, name, record.type});
        auto addForm = [&](const std::string& surface) {
            const QString text = QString::fromStdString(surface);
            forms_.push_back({entityIndex, text, core::nameKey(surface), core::romanize(surface),
                              compact(QString::fromStdString(core::initialConsonants(surface)))});
        };
        addForm(record.name);
        for (const auto& alias : record.aliases)
            if (alias != record.name)
                addForm(alias);
    }
}

int SearchIndex::rankForm(const Form& form, const QString& variant, const std::string& key,
                          const std::string& romanized, bool jamoQuery) const
{
    if (!key.empty() && form.key == key)
        return 0;
    if (startsWith(form.key, key))
        return 1;
    if (!romanized.empty() && form.romanized == romanized)
        return 2;
    if (startsWith(form.romanized, romanized))
        return 3;
    if (jamoQuery) {
        const QString initials = compact(variant);
        if (!initials.isEmpty() && form.initials.startsWith(initials))
            return 4;
    }
    if (key.size() >= 2 && form.key.find(key) != std::string::npos)
        return 5;
    if (romanized.size() >= 3 && form.romanized.find(romanized) != std::string::npos)
        return 6;
    return noMatch;
}

std::vector<SearchMatch> SearchIndex::search(const QString& query, std::size_t limit) const
{
    const QStringList variants = queryVariants(query);
    if (variants.front().isEmpty())
        return {};
    struct PreparedVariant {
        QString text;
        std::string key, romanized;
        bool jamo = false;
        int penalty = 0; // a stripped particle is a guess: rank it just after the literal query
    };
    std::vector<PreparedVariant> prepared;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const std::string text = utf8(variants[i]);
        prepared.push_back({variants[i], core::nameKey(text), core::romanize(text),
                            hasCompatibilityConsonant(variants[i]), i == 0 ? 0 : 1});
    }

    std::map<std::size_t, SearchMatch> best; // entity index -> best match
    for (const Form& form : forms_) {
        for (const auto& variant : prepared) {
            const int rank = rankForm(form, variant.text, variant.key, variant.romanized, variant.jamo);
            if (rank == noMatch)
                continue;
            const int score = rank * 2 + variant.penalty;
            auto [it, inserted] = best.try_emplace(form.entity);
            if (inserted || score < it->second.rank) {
                const Entity& entity = entities_[form.entity];
                it->second = {entity.id, entity.name, form.surface, entity.type, score};
            }
        }
    }

    std::vector<SearchMatch> matches;
    matches.reserve(best.size());
    for (auto& [index, match] : best)
        matches.push_back(std::move(match));
    std::sort(matches.begin(), matches.end(), [this](const SearchMatch& a, const SearchMatch& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const int order = collator_.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.entity < b.entity;
    });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

} // namespace newsgraph::ui
