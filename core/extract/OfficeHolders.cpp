#include "extract/OfficeHolders.h"

#include "extract/EvidenceAttributes.h"
#include "extract/FusedOfficeTitles.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

bool namesBody(const ExtractedEntity& entity, const std::string& body)
{
    return entity.name == body || std::find(entity.aliases.begin(), entity.aliases.end(), body) != entity.aliases.end();
}

// "울산시장" names 울산시, which the lexicon may know only as 울산.
bool namesCity(const ExtractedEntity& entity, const FusedOfficeReading& reading)
{
    if (namesBody(entity, reading.body)) return true;
    if (reading.role != "mayor" && reading.role != "deputy mayor" && reading.role != "county head") return false;
    return namesBody(entity, reading.body.substr(0, reading.body.size() - std::string_view("시").size()));
}

bool isDigits(std::string_view w)
{
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::size_t skipTitleMarkers(const std::vector<Token>& tokens, std::size_t from, bool* past)
{
    std::size_t k = from;
    while (k < tokens.size()) {
        const std::string_view w = tokens[k].text;
        if (tokens[k].isWord() && (w == "전" || w == "前")) {
            if (past) *past = true;
            ++k;
        } else if (tokens[k].isWord() && (w == "현" || w == "現" || w == "당시")) {
            ++k;
        } else if (tokens[k].punct == PunctKind::OpenParen && k + 2 < tokens.size() && isDigits(tokens[k + 1].text) &&
                   tokens[k + 2].punct == PunctKind::CloseParen && tokens[k + 2].particle.empty()) {
            k += 3; // "최태원(53) SK그룹 회장": the age
        } else if (tokens[k].punct == PunctKind::OpenParen && !tokens[k].spaceBefore && k == from) {
            // "에드 로이스(공화·캘리포니아) 위원장": a party or a home state glossed right after the name.
            std::size_t close = k + 1;
            while (close < tokens.size() && close <= k + 5 && tokens[close].punct != PunctKind::CloseParen) ++close;
            if (close >= tokens.size() || close > k + 5 || !tokens[close].particle.empty()) break;
            for (std::size_t m = k + 1; m < close; ++m)
                if (matchRoleTitle(tokens[m].stem)) return k; // "(CEO)" is the title itself
            k = close + 1;
        } else {
            break;
        }
    }
    return k;
}

namespace {

// The head role a body's own word or the word after it states: "창원시장", "창원시 시장"; `title` is set to its token.
std::optional<std::string_view> headRoleAt(const ArgumentStructure& s, const Argument& body, const std::vector<ExtractedEntity>& entities,
                                           std::size_t* title)
{
    const auto& tokens = s.tokens();
    *title = body.last;
    if (body.first == body.last)
        for (const auto& reading : fusedOfficeReadings(tokens[body.last].stem))
            if (namesCity(entities[body.entity], reading)) return reading.role;
    const std::size_t next = body.last + 1;
    if (tokens[body.last].particle.empty() && next < tokens.size() && tokens[next].isWord())
        if (auto role = jurisdictionHeadTitle(tokens[next].stem)) {
            *title = next;
            return role;
        }
    return std::nullopt;
}

void emitHead(const ArgumentStructure& s, const SentenceContext& ctx, const Argument& person, const Argument& body,
              std::size_t title, std::string_view role, bool past, std::vector<RelationCandidate>& out)
{
    if (person.entity == body.entity) return;
    // Not checkRelation: the body may be a place standing for its government (a city, a state).
    RelationCandidate r;
    r.type = RelationType::WorksFor;
    r.source = person.entity;
    r.target = body.entity;
    r.evidence = makeEvidence(s, ctx, r.type, title, s.tokens()[title].stem, 0.75);
    r.evidence.role = std::string(role);
    if (past) r.evidence.tense = Tense::Past;
    out.push_back(std::move(r));
}

bool isBody(const Argument& a)
{
    return !a.anaphor && (a.type == EntityType::Government || a.type == EntityType::Place);
}

} // namespace

void addOfficeHolders(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    if (!ctx.entities) return;
    const auto& tokens = s.tokens();
    const auto& entities = *ctx.entities;
    for (const auto& body : s.arguments()) {
        if (!isBody(body)) continue;
        // "뉴욕시장인 에릭 애덤스는", "요코스카 시장인 가미지 다케오": the title introduces the name after it.
        std::size_t title = 0;
        const auto role = headRoleAt(s, body, entities, &title);
        if (role && tokens[title].particle == "인")
            for (const auto& person : s.arguments())
                if (!person.anaphor && person.type == EntityType::Person && person.first == title + 1)
                    emitHead(s, ctx, person, body, title, *role, false, out);
        // "수원시 이재준 시장은": the body before the name, the bare title after it.
        if (!tokens[body.last].particle.empty() && tokens[body.last].role != ArgumentRole::Genitive) continue;
        for (const auto& person : s.arguments()) {
            if (person.anaphor || person.type != EntityType::Person || person.first != body.last + 1 ||
                !tokens[person.last].particle.empty() || person.last + 1 >= tokens.size())
                continue;
            if (auto head = jurisdictionHeadTitle(tokens[person.last + 1].stem))
                emitHead(s, ctx, person, body, person.last + 1, *head, false, out);
        }
    }
    for (const auto& person : s.arguments()) {
        if (person.anaphor || person.type != EntityType::Person || !tokens[person.last].particle.empty()) continue;
        bool past = false;
        const std::size_t at = skipTitleMarkers(tokens, person.last + 1, &past);
        for (const auto& body : s.arguments()) {
            if (!isBody(body) || body.first != at) continue;
            std::size_t title = 0;
            if (const auto role = headRoleAt(s, body, entities, &title)) emitHead(s, ctx, person, body, title, *role, past, out);
        }
    }
}

} // namespace newsgraph::core
