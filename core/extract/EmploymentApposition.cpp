#include "extract/EmploymentApposition.h"

#include "extract/ArgumentSlots.h"
#include "extract/EvidenceAttributes.h"
#include "extract/AppointmentPredicates.h"
#include "extract/OfficeHolders.h"
#include "extract/StaffAfterOrganisation.h"
#include "extract/RelationConstraints.h"
#include "extract/TitlePredicates.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {

void addAffiliation(RelationType type, const Argument& person, const Argument& org, const ArgumentStructure& s,
                    const SentenceContext& ctx, std::size_t token, std::string_view role, double confidence,
                    bool past, std::vector<RelationCandidate>& out)
{
    if (person.entity == org.entity) return;
    const auto checked = checkRelation(type, person.type, org.type);
    if (!checked) return;
    RelationCandidate r;
    r.type = *checked;
    r.source = person.entity;
    r.target = org.entity;
    r.evidence = makeEvidence(s, ctx, r.type, token, s.tokens()[token].stem, confidence);
    if (type == RelationType::WorksFor) r.evidence.role = std::string(role);
    if (past) r.evidence.tense = Tense::Past;
    out.push_back(std::move(r));
}

namespace {

// A title the person recogniser tied to an organisation is read by the apposition rules; one it read without
// ("새정치민주연합 박지원 의원": the party was named by the model later) is left to unrecordedTitles.
bool coveredByRole(const ArgumentStructure& s, const Argument& person)
{
    return std::any_of(s.sentence().roles.begin(), s.sentence().roles.end(), [&](const RoleApposition& role) {
        return role.hasOrganisation && person.first <= role.personFirst && role.personLast <= person.last;
    });
}

const Argument* personStartingNear(const ArgumentStructure& s, std::size_t from)
{
    // "출신 [AI 연구자] 마크 테일러를": up to three describing words before the name.
    const auto& tokens = s.tokens();
    for (std::size_t k = from; k < tokens.size() && k < from + 4; ++k) {
        for (const auto& a : s.arguments())
            if (!a.anaphor && a.first == k) return a.type == EntityType::Person ? &a : nullptr;
        if (!tokens[k].isWord() || !tokens[k].particle.empty()) return nullptr;
    }
    return nullptr;
}

// The organisation a phrase of bare words ending before `end` starts with: "삼성전자 임원", "구글 딥마인드".
const Argument* organisationBefore(const ArgumentStructure& s, std::size_t end, std::size_t maxWords)
{
    const auto& tokens = s.tokens();
    const Argument* found = nullptr;
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isOrganisation(a.type) || a.last >= end || a.last + 1 + maxWords < end) continue;
        bool bare = tokens[a.last].particle.empty() || tokens[a.last].role == ArgumentRole::Genitive;
        for (std::size_t k = a.last + 1; k < end && bare; ++k)
            bare = tokens[k].isWord() && tokens[k].particle.empty();
        if (bare && (!found || a.last > found->last)) found = &a;
    }
    return found;
}

// "구글 출신 엔지니어 존 스미스", "삼성전자 임원 출신 김용운 대표가", "오픈AI 공동창업자 출신인 일리야 수츠케버는",
// "그는 네이버 출신이다": a former employer (or a company co-founded, when the title says so).
void formerEmployers(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (!tokens[k].isWord()) continue;
        // "한국전자통신연구원 소속 김 연구원": a current affiliation.
        if (tokens[k].stem == "소속" && (tokens[k].particle.empty() || tokens[k].particle == "인" || tokens[k].particle == "의")) {
            const Argument* org = organisationBefore(s, k, 0);
            const Argument* person = org ? personStartingNear(s, k + 1) : nullptr;
            if (person) addAffiliation(RelationType::WorksFor, *person, *org, s, ctx, k, {}, 0.7, false, out);
            continue;
        }
        if (tokens[k].stem != "출신") continue;
        const Argument* org = organisationBefore(s, k, 2);
        if (!org) continue;
        std::optional<RoleTitle> title;
        bool personWord = false;
        for (std::size_t w = org->last + 1; w < k; ++w) {
            if (auto found = matchRoleTitle(tokens[w].stem)) title = found;
            personWord = personWord || isPersonNoun(tokens[w].stem);
        }
        // "서울대 출신" is where someone studied, not where they worked.
        if (org->type == EntityType::Academia && !title && !personWord) continue;
        const Argument* person = nullptr;
        const std::string_view particle = tokens[k].particle;
        if (particle.empty() || particle == "인" || particle == "의") {
            person = personStartingNear(s, k + 1);
        } else if (particle.starts_with("이") || particle == "으로") {
            // "김 대표는 삼성전자 출신이다": the clause's subject.
            for (const auto& a : s.arguments())
                if (!a.anaphor && a.type == EntityType::Person && a.last < org->first && isSubjectRole(a.role)) person = &a;
        }
        if (!person) continue;
        const bool founder = title && title->founder;
        addAffiliation(founder ? RelationType::Founded : RelationType::WorksFor, *person, *org, s, ctx, k,
            title ? title->canonical : std::string_view{}, 0.7, !founder, out);
    }
}

// "LG전자 최고기술책임자(CTO)인 김병훈 사장", "오픈AI의 CEO인 샘 올트먼": a title in apposition before the name.
void titleCopulas(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        if (!tokens[k].isWord()) continue;
        const auto title = matchRoleTitle(tokens[k].stem);
        if (!title || !title->organisational || title->founder) continue;
        std::size_t copula = k;
        if (tokens[k].particle.empty() && k + 1 < tokens.size() && tokens[k + 1].punct == PunctKind::OpenParen) {
            std::size_t close = k + 1;
            while (close < tokens.size() && tokens[close].punct != PunctKind::CloseParen) ++close;
            copula = close + 1;
        }
        if (copula >= tokens.size() || tokens[copula].particle != "인") continue;
        const Argument* org = organisationBefore(s, k, 2);
        const Argument* person = personStartingNear(s, copula + 1);
        if (org && person) addAffiliation(RelationType::WorksFor, *person, *org, s, ctx, k, title->canonical, 0.75, false, out);
    }
}

// Persons named by the lexicon or the model carry their title without a recorded role: "손정의 소프트뱅크 회장",
// "국토교통부 김수영 국장" where the name was known.
void unrecordedTitles(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& person : s.arguments()) {
        if (person.anaphor || person.type != EntityType::Person || coveredByRole(s, person)) continue;
        std::size_t at = 0;
        const auto title = titleAfter(s, person, &at);
        if (!title || !title->organisational || title->founder) continue;
        const Argument* org = nullptr;
        for (const auto& a : s.arguments()) // between the name and the title
            if (!a.anaphor && isOrganisation(a.type) && a.first > person.last && a.last < at && tokens[a.last].particle.empty())
                org = &a;
        if (!org && person.first > 0) { // right before the name, maybe with an alias in parentheses
            std::size_t p = person.first - 1;
            // "대한항공 당시 조현아 부사장": a tense word may stand between the organisation and the name.
            if (p > 0 && tokens[p].isWord() && (tokens[p].text == "당시" || tokens[p].text == "전" || tokens[p].text == "현")) --p;
            if (tokens[p].punct == PunctKind::CloseParen) {
                while (p > 0 && tokens[p].punct != PunctKind::OpenParen) --p;
                if (p == 0) continue;
                --p;
            }
            // A title the recogniser read without an organisation takes only a bare one: "새정치민주연합 박지원 의원",
            // not "검찰의 이석기 의원 사건".
            const bool recorded = std::any_of(s.sentence().roles.begin(), s.sentence().roles.end(), [&](const RoleApposition& r) {
                return person.first <= r.personFirst && r.personLast <= person.last;
            });
            for (const auto& a : s.arguments())
                if (!a.anaphor && isOrganisation(a.type) && a.last == p &&
                    (tokens[p].particle.empty() || (tokens[p].role == ArgumentRole::Genitive && !recorded)))
                    org = &a;
        }
        bool past = false;
        skipTitleMarkers(tokens, person.last + 1, &past);
        past = past || (person.first > 0 && tokens[person.first - 1].text == "전");
        if (org) addAffiliation(RelationType::WorksFor, person, *org, s, ctx, at, title->canonical, 0.75, past, out);
    }
}

// The ministry a minister's title names: "상무장관" -> 상무부, "국방차관" -> 국방부, "산업통상자원부장관" -> itself.
// Only one government entity of the article may match, so "미국 상무부" and "중국 상무부" stay apart.
std::optional<std::size_t> ministryNamedBy(std::string_view stem, const std::vector<ExtractedEntity>& entities)
{
    const std::string prefix(stem);
    const std::string ministries[] = {prefix, prefix + "부"};
    auto names = [&](const ExtractedEntity& e, const std::string& m) {
        if (e.name == m || (e.name.size() > m.size() && e.name.ends_with(" " + m))) return true;
        return std::find(e.aliases.begin(), e.aliases.end(), m) != e.aliases.end();
    };
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (entities[i].type != EntityType::Government) continue;
        if (!std::any_of(std::begin(ministries), std::end(ministries), [&](const std::string& m) { return names(entities[i], m); }))
            continue;
        if (found) return std::nullopt;
        found = i;
    }
    return found;
}

// "하워드 러트닉 상무장관은": the title's stem names the ministry, which need not appear in the sentence.
void ministerTitles(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    if (!ctx.entities) return;
    const auto& tokens = s.tokens();
    for (const auto& person : s.arguments()) {
        // Not skipped when the recogniser recorded the title: that role names no organisation here.
        if (person.anaphor || person.type != EntityType::Person) continue;
        std::size_t at = 0;
        const auto title = titleAfter(s, person, &at);
        if (!title || (title->matched != "장관" && title->matched != "차관" && title->matched != "차관보")) continue;
        const std::string_view word = tokens[at].stem;
        if (word.size() <= title->matched.size()) continue; // a bare 장관 does not say which ministry
        const auto ministry = ministryNamedBy(word.substr(0, word.size() - title->matched.size()), *ctx.entities);
        if (!ministry || *ministry == person.entity) continue;
        RelationCandidate r;
        r.type = RelationType::WorksFor;
        r.source = person.entity;
        r.target = *ministry;
        r.evidence = makeEvidence(s, ctx, r.type, at, word, 0.7);
        r.evidence.role = std::string(title->canonical);
        out.push_back(std::move(r));
    }
}

// "박지영 교수(KAIST)는", "이정훈 교수(서울대 전기공학부)": the employer in parentheses right after the title.
void parenthesisedEmployers(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& person : s.arguments()) {
        if (person.anaphor || person.type != EntityType::Person) continue;
        std::size_t at = 0;
        const auto title = titleAfter(s, person, &at);
        if (!title || !title->organisational || !tokens[at].particle.empty() || at + 2 >= tokens.size() ||
            tokens[at + 1].punct != PunctKind::OpenParen)
            continue;
        for (const auto& org : s.arguments())
            if (!org.anaphor && org.first == at + 2 && isOrganisation(org.type))
                addAffiliation(RelationType::WorksFor, person, org, s, ctx, at, title->canonical, 0.7, false, out);
    }
}

// "코레일(사장 정창영)이", "문화유산국민신탁(이사장 김종규)": the head named in brackets after the organisation.
void bracketedHeads(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& org : s.arguments()) {
        const std::size_t open = org.last + 1;
        if (org.anaphor || !isOrganisation(org.type) || !tokens[org.last].particle.empty() || open + 3 >= tokens.size() ||
            tokens[open].punct != PunctKind::OpenParen || tokens[open].spaceBefore || !tokens[open + 1].isWord())
            continue;
        // "(이사장 강남훈, 이하 산단공)": an alias may follow the name.
        auto ends = [&](std::size_t k) {
            return k < tokens.size() && (tokens[k].punct == PunctKind::CloseParen || tokens[k].punct == PunctKind::Comma);
        };
        for (const auto& person : s.arguments()) {
            if (person.anaphor || person.type != EntityType::Person) continue;
            // "(사장 정창영)", and the name first: "(윤대진 부장)".
            std::size_t at = open + 1;
            if (person.first == open + 1 && person.last + 1 < tokens.size() && ends(person.last + 2)) at = person.last + 1;
            else if (person.first != open + 2 || !ends(person.last + 1)) continue;
            if (!tokens[at].isWord() || !tokens[at].particle.empty()) continue;
            const auto title = matchRoleTitle(tokens[at].stem);
            if (title && title->organisational)
                addAffiliation(title->founder ? RelationType::Founded : RelationType::WorksFor, person, org, s, ctx, at,
                    title->founder ? std::string_view{} : title->canonical, 0.75, false, out);
        }
    }
}

} // namespace

std::optional<RoleTitle> titleAfter(const ArgumentStructure& s, const Argument& person, std::size_t* token)
{
    const auto& tokens = s.tokens();
    // "성완종 전 경남기업 회장", "최태원(53) SK그룹 회장": a tense marker or an age may stand before the title.
    const std::size_t next = skipTitleMarkers(tokens, person.last + 1);
    // "최치훈 건설부문 사장": a unit of the organisation between the name and the title.
    const std::size_t afterUnit = next + 1 < tokens.size() && tokens[next].isWord() && tokens[next].particle.empty() &&
                                          endsWithAny(tokens[next].stem, std::array{std::string_view{"부문"}, std::string_view{"본부"},
                                                                                    std::string_view{"사업부"}})
                                      ? next + 1
                                      : next;
    for (std::size_t k : {person.head, next, afterUnit}) {
        if (k >= tokens.size() || !tokens[k].isWord() || (k >= next && !tokens[person.last].particle.empty()))
            continue;
        if (auto title = matchRoleTitle(tokens[k].stem)) {
            if (token) *token = k;
            return title;
        }
    }
    // "젠슨 황 엔비디아 CEO는": an organisation between the name and the title.
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.first != next || !isOrganisation(a.type) || !tokens[person.last].particle.empty()) continue;
        const std::size_t k = a.last + 1;
        if (k < tokens.size() && tokens[a.last].particle.empty() && tokens[k].isWord())
            if (auto title = matchRoleTitle(tokens[k].stem)) {
                if (token) *token = k;
                return title;
            }
    }
    return std::nullopt;
}

void addEmploymentAppositions(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    formerEmployers(s, ctx, out);
    titleCopulas(s, ctx, out);
    unrecordedTitles(s, ctx, out);
    ministerTitles(s, ctx, out);
    parenthesisedEmployers(s, ctx, out);
    bracketedHeads(s, ctx, out);
    addOfficeHolders(s, ctx, out);
    addTitlePredicates(s, ctx, out);
    addStaffAfterOrganisation(s, ctx, out);
    addAppointmentPredicates(s, ctx, out);
}

} // namespace newsgraph::core
