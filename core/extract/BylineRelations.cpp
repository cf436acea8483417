#include "extract/BylineRelations.h"

#include "extract/Lexicon.h"
#include "extract/NameShape.h"
#include "extract/RoleTitles.h"
#include "extract/SentenceTokens.h"
#include "text/NameKey.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

std::size_t ensureEntity(Extraction& x, const std::string& key, const std::string& name, EntityType type, EntitySource source)
{
    for (std::size_t i = 0; i < x.entities.size(); ++i)
        if (x.entities[i].key == key) return i;
    ExtractedEntity e;
    e.key = key;
    e.name = name;
    e.type = type;
    e.source = source;
    e.confidence = 0.9;
    x.entities.push_back(e);
    return x.entities.size() - 1;
}

// English bylines may be written in capitals ("By JANE DOE") while the reporter's name is kept as "Jane Doe".
std::size_t findName(std::string_view text, std::string_view name)
{
    if (const std::size_t at = text.find(name); at != std::string_view::npos) return at;
    auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
    const auto it = std::search(text.begin(), text.end(), name.begin(), name.end(),
                                [&](char a, char b) { return fold(a) == fold(b); });
    return it == text.end() ? std::string_view::npos : static_cast<std::size_t>(it - text.begin());
}

void addMention(Extraction& x, const std::string& key, const Sentence& s, const std::string& surface)
{
    const std::size_t at = findName(s.text, surface);
    if (at == std::string::npos) return;
    x.mentions.push_back({key, s.index, s.begin + at, s.begin + at + surface.size(), s.text.substr(at, surface.size())});
}

} // namespace

void BylineRelations::add(const Article& article, Extraction& x) const
{
    const auto& meta = article.metadata;
    std::vector<Reporter> reporters = meta.reporters;
    if (reporters.empty()) {
        // "김보경 기자 bkly477@asiae.co.kr", "[이덕주 실리콘밸리 특파원 ...]", "도쿄=신동진 기자".
        for (const auto& s : article.sentences) {
            if (s.kind != SentenceKind::Byline) continue;
            const auto tokens = tokenizeSentence(s.text);
            for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
                if (!looksLikeKoreanPersonName(tokens[i].text)) continue;
                for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j) {
                    const auto title = matchRoleTitle(tokens[j].stem);
                    if (title && (title->canonical == "reporter" || title->canonical == "correspondent" ||
                                  title->canonical == "editorial writer")) {
                        reporters.push_back({std::string(tokens[i].text), {}, std::string(tokens[j].stem), s.text});
                        break;
                    }
                }
            }
        }
    }

    std::string outletKey, outletName;
    EntitySource outletSource = EntitySource::Byline;
    EntityType outletType = EntityType::Media;
    const LexiconEntry* entry = nullptr;
    if (lexicon_) {
        if (!meta.outlet.empty()) entry = lexicon_->findByName(meta.outlet);
        if (!entry && !meta.outletDomain.empty()) entry = lexicon_->findByName(meta.outletDomain);
    }
    if (entry) {
        outletKey = "lex:" + entry->id;
        outletName = entry->name;
        outletSource = EntitySource::Lexicon;
        outletType = entry->type;
    } else if (!meta.outlet.empty()) {
        outletKey = "name:" + nameKey(meta.outlet);
        outletName = meta.outlet;
    }
    std::size_t outlet = static_cast<std::size_t>(-1);
    if (!outletKey.empty()) {
        outlet = ensureEntity(x, outletKey, outletName, outletType, outletSource);
        for (const auto& s : article.sentences)
            if (s.kind == SentenceKind::Byline) {
                addMention(x, outletKey, s, meta.outlet.empty() ? outletName : meta.outlet);
            }
    }

    for (const auto& r : reporters) {
        if (r.name.empty()) continue;
        const std::string key = "name:" + nameKey(r.name);
        ensureEntity(x, key, r.name, EntityType::Person, EntitySource::Byline);
        const Sentence* evidence = nullptr;
        for (const auto& s : article.sentences)
            if (s.kind == SentenceKind::Byline && findName(s.text, r.name) != std::string::npos) {
                evidence = &s;
                break;
            }
        if (!evidence)
            for (const auto& s : article.sentences)
                if (findName(s.text, r.name) != std::string::npos) evidence = &s;
        if (evidence) addMention(x, key, *evidence, r.name);
        if (outlet == static_cast<std::size_t>(-1)) continue;
        ExtractedRelation rel;
        rel.type = RelationType::WorksFor;
        rel.sourceKey = key;
        rel.targetKey = outletKey;
        rel.evidence.sentenceIndex = evidence ? evidence->index : 0;
        rel.evidence.role = r.role.empty() ? "기자" : r.role;
        rel.evidence.confidence = 0.9;
        rel.evidence.trigger = "byline";
        rel.evidence.tense = Tense::Present;
        const bool duplicate = std::any_of(x.relations.begin(), x.relations.end(), [&](const ExtractedRelation& o) {
            return o.type == rel.type && o.sourceKey == rel.sourceKey && o.targetKey == rel.targetKey &&
                   o.evidence.sentenceIndex == rel.evidence.sentenceIndex;
        });
        if (!duplicate) x.relations.push_back(std::move(rel));
    }
}

} // namespace newsgraph::core
