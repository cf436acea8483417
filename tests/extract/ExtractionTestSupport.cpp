#include "ExtractionTestSupport.h"

#include <algorithm>

namespace newsgraph::core::testing {

Article makeArticle(const std::vector<std::string>& sentences, const std::string& publishedDate)
{
    Article a;
    a.fileName = "test.txt";
    a.metadata.publishedDate = publishedDate;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        if (!a.body.empty()) a.body += '\n';
        Sentence s;
        s.index = i;
        s.begin = a.body.size();
        a.body += sentences[i];
        s.end = a.body.size();
        s.text = sentences[i];
        s.kind = SentenceKind::Body;
        a.sentences.push_back(s);
    }
    return a;
}

Lexicon placesLexicon()
{
    Lexicon lexicon;
    auto add = [&](const char* id, EntityType type, const char* name, std::vector<std::string> aliases) {
        lexicon.add({id, name, type, std::move(aliases), ""});
    };
    add("korea", EntityType::Country, "한국", {"대한민국", "韓"});
    add("usa", EntityType::Country, "미국", {"美"});
    add("japan", EntityType::Country, "일본", {"日"});
    add("china", EntityType::Country, "중국", {});
    add("seoul", EntityType::Place, "서울", {});
    add("tokyo", EntityType::Place, "도쿄", {});
    add("pangyo", EntityType::Place, "판교", {});
    add("silicon-valley", EntityType::Place, "실리콘밸리", {});
    add("singapore", EntityType::Country, "싱가포르", {});
    return lexicon;
}

const RuleExtractor& testExtractor()
{
    static const RuleExtractor extractor(placesLexicon());
    return extractor;
}

Extraction extractText(const std::string& sentence) { return testExtractor().extract(makeArticle({sentence})); }

const ExtractedEntity* entityNamed(const Extraction& x, const std::string& name)
{
    for (const auto& e : x.entities)
        if (e.name == name || std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return &e;
    return nullptr;
}

std::optional<RelationEvidence> relationEvidence(const Extraction& x, RelationType type, const std::string& source,
                                                 const std::string& target)
{
    const ExtractedEntity* s = entityNamed(x, source);
    const ExtractedEntity* t = entityNamed(x, target);
    if (!s || !t) return std::nullopt;
    for (const auto& r : x.relations) {
        if (r.type != type) continue;
        if ((r.sourceKey == s->key && r.targetKey == t->key) ||
            (isSymmetric(type) && r.sourceKey == t->key && r.targetKey == s->key))
            return r.evidence;
    }
    return std::nullopt;
}

bool hasRelation(const Extraction& x, RelationType type, const std::string& source, const std::string& target)
{
    return relationEvidence(x, type, source, target).has_value();
}

std::string describeRelations(const Extraction& x)
{
    auto name = [&](const std::string& key) {
        for (const auto& e : x.entities)
            if (e.key == key) return e.name + "/" + std::string(toString(e.type));
        return key;
    };
    std::string out = "entities:";
    for (const auto& e : x.entities) out += " " + e.name + "/" + std::string(toString(e.type));
    out += "\nrelations:";
    for (const auto& r : x.relations)
        if (r.type != RelationType::MentionedWith)
            out += "\n  " + std::string(toString(r.type)) + "(" + name(r.sourceKey) + ", " + name(r.targetKey) + ")";
    return out;
}

} // namespace newsgraph::core::testing
