#include "extract/english/EnglishRoleRelations.h"

#include "extract/english/EnglishWords.h"

namespace newsgraph::core {
namespace {

constexpr double roleConfidence = 0.8;
constexpr double affixConfidence = 0.75;

bool isPastMarker(const ClauseItem& it)
{
    return it.isWord("former") || it.isWord("ex") || it.isWord("previously") || it.isWord("formerly") ||
           it.isWord("was") || it.isWord("then");
}

bool pastBefore(const EnglishClause& c, std::size_t i)
{
    for (std::size_t k = 1; k <= 3 && k <= i; ++k) {
        if (c[i - k].kind == ClauseItem::Kind::Entity)
            break;
        if (isPastMarker(c[i - k]))
            return true;
    }
    return false;
}

bool isPerson(const EnglishRelationSink& sink, const ClauseItem& it)
{
    return it.kind == ClauseItem::Kind::Entity && sink.typeOf(it.entity) == EntityType::Person;
}

// The organisation right before a title: "Microsoft CEO", "OpenAI's chief scientist", "former Google CEO".
std::optional<std::size_t> organisationBefore(const EnglishClause& c, std::size_t role)
{
    std::size_t k = role;
    if (k > 0 && c[k - 1].kind == ClauseItem::Kind::Possessive)
        --k;
    if (k > 0 && c[k - 1].kind == ClauseItem::Kind::Entity)
        return k - 1;
    return std::nullopt;
}

void emitRole(EnglishRelationSink& sink, const std::vector<std::size_t>& people,
              const std::vector<std::size_t>& orgs, const EnglishRole& role, std::size_t at,
              std::string_view word, bool past)
{
    EnglishEvidence ev{at, word, roleConfidence, past ? Tense::Past : Tense::Unspecified, role.canonical};
    if (role.founder) {
        ev.role.clear();
        sink.emit(RelationType::Founded, people, orgs, ev);
        return;
    }
    if (role.organisational)
        sink.emit(RelationType::WorksFor, people, orgs, ev);
}

} // namespace

void addRoleRelations(const EnglishClause& c, EnglishRelationSink& sink)
{
    std::vector<std::string_view> words;
    words.reserve(c.size());
    for (const auto& it : c.items())
        words.push_back(it.kind == ClauseItem::Kind::Word ? std::string_view(it.lower) : "");
    for (std::size_t i = 0; i < c.size(); ++i) {
        std::size_t length = 0;
        const auto role = matchEnglishRole(words, i, length);
        if (!role)
            continue;
        std::size_t after = i + length;
        // "founder and chief executive of Loomstack": both titles belong to the organisation named last.
        std::size_t more = 0;
        if (after + 1 < c.size() && c[after].isWord("and") && matchEnglishRole(words, after + 1, more))
            after += 1 + more;
        const std::string_view word = c[i].lower;
        const bool past = pastBefore(c, i);
        // "Arthur Mensch, chief executive of Mistral AI", "Jane Doe is the CEO at Acme"
        if (after + 1 < c.size() && (c[after].isWord("of") || c[after].isWord("at"))) {
            // "founder of venture firm Conviction": a few describing words may precede the organisation.
            std::size_t orgItem = after + 1;
            while (orgItem < c.size() && orgItem <= after + 4 && c[orgItem].kind == ClauseItem::Kind::Word)
                ++orgItem;
            if (orgItem >= c.size() || c[orgItem].kind != ClauseItem::Kind::Entity)
                continue;
            std::vector<std::size_t> people;
            if (const ClauseArgument person = c.subjectBefore(i); person.group)
                people = sink.entitiesOfGroup(*person.group);
            // "The chief executive of Arcadia Bank, Paul Meyer, resigned"
            const std::size_t orgEnd = c.groups()[c[orgItem].group].lastItem;
            if ((people.empty() || sink.typeOf(people.front()) != EntityType::Person) &&
                orgEnd + 2 < c.size() && c[orgEnd + 1].isPunct(",") && isPerson(sink, c[orgEnd + 2]))
                people = sink.entitiesOfGroup(c[orgEnd + 2].group);
            if (!people.empty() && sink.typeOf(people.front()) == EntityType::Person)
                emitRole(sink, people, sink.entitiesOfGroup(c[orgItem].group), *role, i, word, past);
            continue;
        }
        const auto org = organisationBefore(c, i);
        if (!org)
            continue;
        // "Microsoft CEO Satya Nadella", "Mistral AI co-founder Arthur Mensch"
        if (after < c.size() && isPerson(sink, c[after])) {
            emitRole(sink, sink.entitiesOfGroup(c[after].group), {c[*org].entity}, *role, i, word,
                     past || pastBefore(c, *org));
            continue;
        }
        // "Sam Altman, OpenAI's chief executive," / "Sam Altman, the OpenAI CEO"
        std::size_t k = *org;
        while (k > 0 && (c[k - 1].isWord("the") || c[k - 1].isWord("a") || c[k - 1].isWord("an") ||
                         isPastMarker(c[k - 1])))
            --k;
        if (k >= 2 && c[k - 1].isPunct(",") && isPerson(sink, c[k - 2]))
            emitRole(sink, sink.entitiesOfGroup(c[k - 2].group), {c[*org].entity}, *role, i, word,
                     past || pastBefore(c, *org));
    }
}

void addAffixRelations(const EnglishClause& c, EnglishRelationSink& sink)
{
    for (std::size_t i = 0; i + 1 < c.size(); ++i) {
        if (c[i].kind != ClauseItem::Kind::Entity || c[i + 1].kind != ClauseItem::Kind::Word ||
            c[i + 1].begin != c[i].end || !c[i + 1].lower.starts_with("-"))
            continue;
        const std::string_view affix = c[i + 1].lower;
        // The name the affix describes follows within a few words: "Paris-based AI start-up Mistral".
        std::optional<std::size_t> described;
        for (std::size_t k = i + 2; k < c.size() && k <= i + 6; ++k) {
            if (c[k].kind == ClauseItem::Kind::Entity) {
                described = k;
                break;
            }
            if (c[k].kind != ClauseItem::Kind::Word)
                break;
        }
        // "Stability AI, a London-based company": the name before the apposition.
        if (!described && i >= 2 &&
            (c[i - 1].isWord("a") || c[i - 1].isWord("an") || c[i - 1].isWord("the")) &&
            c[i - 2].isPunct(",") && i >= 3 && c[i - 3].kind == ClauseItem::Kind::Entity)
            described = i - 3;
        if (!described)
            continue;
        const std::vector<std::size_t> named = sink.entitiesOfGroup(c[*described].group);
        const std::vector<std::size_t> affixed{c[i].entity};
        const EnglishEvidence ev{i + 1, affix.substr(1), affixConfidence, Tense::Unspecified, {}, false};
        if (affix == "-based" || affix == "-headquartered")
            sink.emit(RelationType::LocatedIn, named, affixed, ev);
        else if (affix == "-backed") {
            const bool government = sink.typeOf(c[i].entity) == EntityType::Government ||
                                    sink.typeOf(c[i].entity) == EntityType::Country;
            sink.emit(government ? RelationType::Supports : RelationType::InvestsIn, affixed, named, ev);
        } else if (affix == "-funded")
            sink.emit(RelationType::Funds, affixed, named, ev);
        else if (affix == "-owned" || affix == "-controlled")
            sink.emit(RelationType::PartOf, named, affixed, ev);
    }
}

} // namespace newsgraph::core
