#include "extract/TitlePredicates.h"

#include "extract/ArgumentSlots.h"
#include "extract/EmploymentApposition.h"
#include "extract/EvidenceAttributes.h"
#include "extract/RelationConstraints.h"
#include "extract/RoleTitles.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <optional>

namespace newsgraph::core {
namespace {

void add(const Argument& person, const Argument& org, const ArgumentStructure& s, const SentenceContext& ctx,
         std::size_t token, const RoleTitle& title, double confidence, bool past, std::vector<RelationCandidate>& out)
{
    const RelationType type = title.founder ? RelationType::Founded : RelationType::WorksFor;
    addAffiliation(type, person, org, s, ctx, token, title.canonical, confidence, past && !title.founder, out);
}

// The organisation written right before the title, bare: "네이버 부사장", "삼성물산 건설부문 사장" (one word between).
const Argument* organisationRightBefore(const ArgumentStructure& s, std::size_t title)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isOrganisation(a.type) || a.last >= title || a.last + 2 < title) continue;
        if (!tokens[a.last].particle.empty()) continue;
        if (a.last + 2 == title && (!tokens[a.last + 1].isWord() || !tokens[a.last + 1].particle.empty() ||
                                    matchRoleTitle(tokens[a.last + 1].stem)))
            continue;
        return &a;
    }
    return nullptr;
}

// A title word and what follows it in the word: "부사장이다" (copula), "대표이자" (a chain goes on).
struct TitleWord {
    RoleTitle title;
    std::string_view rest;
};

std::optional<TitleWord> titleWord(const Token& t)
{
    if (!t.isWord()) return std::nullopt;
    if (auto title = matchRoleTitle(t.stem)) return TitleWord{*title, t.particle};
    // Endings the particle stripper leaves on the word: "대표이자", "회장이며", "대표다".
    for (std::string_view ending : {"이자", "이며", "이고", "다"})
        if (t.text.ends_with(ending) && t.text.size() > ending.size())
            if (auto title = matchRoleTitle(t.text.substr(0, t.text.size() - ending.size())))
                return TitleWord{*title, ending};
    return std::nullopt;
}

bool isCopulaEnding(std::string_view rest)
{
    return rest == "이다" || rest == "다" || rest == "였다" || rest == "이었다" || rest == "이며" || rest == "이고" ||
           rest == "이자" || rest == "인데" || rest == "였고" || rest == "였던" || rest == "이던";
}

// Verbs that say a title "as" (으로) is held: "부사장으로 일했다", "대표로 재직 중", "CTO로 합류했다".
bool holdsRoleAfter(std::string_view verb, bool* past)
{
    if (startsWithAny(verb, {"일했", "근무했", "재직했", "활동했", "재임했"})) {
        *past = true;
        return true;
    }
    return startsWithAny(verb, {"일하", "일한", "재직", "근무", "활동", "있", "선임", "임명", "취임", "승진", "합류", "부임",
                                "영입", "발탁", "재임"});
}

// "박지훈은 카카오 부사장이다", "김 씨는 네이버 부사장으로 일했다": the clause's person subject holds the title.
void predicateTitles(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const auto tw = titleWord(tokens[k]);
        if (!tw || !tw->title.organisational) continue;
        bool past = false;
        const bool copula = isCopulaEnding(tw->rest);
        const bool as = (tw->rest == "으로" || tw->rest == "로" || tw->rest == "으로서" || tw->rest == "로서") &&
                        k + 1 < tokens.size() && tokens[k + 1].isWord() && holdsRoleAfter(tokens[k + 1].text, &past);
        if (!copula && !as) continue;
        const Argument* org = organisationRightBefore(s, k);
        if (!org) continue;
        // The subject: the nearest topic or subject before the organisation, a person, in the same clause.
        const Argument* subject = nullptr;
        for (const auto& a : s.arguments())
            if (!a.anaphor && !a.modifier && a.roleToken < org->first && isSubjectRole(a.role) &&
                (!subject || a.roleToken > subject->roleToken))
                subject = &a;
        if (!subject || subject->type != EntityType::Person) continue;
        // "주인공은 유 전 회장이 아닌 조윤제 서강대 교수다": a name nearer the title holds it.
        bool sameClause = std::none_of(s.arguments().begin(), s.arguments().end(), [&](const Argument& a) {
            return !a.anaphor && a.type == EntityType::Person && a.first > subject->last && a.last < org->first;
        });
        for (std::size_t m = subject->roleToken + 1; m < org->first; ++m)
            sameClause = sameClause && !s.endsClause(m) && !(tokens[m].isWord() && !tokens[m].particle.empty() &&
                                                               isSubjectRole(tokens[m].role));
        if (sameClause) add(*subject, *org, s, ctx, k, tw->title, 0.7, past, out);
    }
}

// "김철수 네이버 대표이자 한국인터넷기업협회 회장", "정수민 한빛소프트 대표 겸 한빛재단 이사장": each organisation
// of a chain of titles after one name.
void titleChains(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& person : s.arguments()) {
        if (person.anaphor || person.type != EntityType::Person || !tokens[person.last].particle.empty()) continue;
        std::size_t k = person.last + 1;
        while (k < tokens.size() && (tokens[k].text == "전" || tokens[k].text == "현")) ++k;
        bool first = true;
        while (k < tokens.size()) {
            const Argument* org = nullptr;
            for (const auto& a : s.arguments())
                if (!a.anaphor && a.first == k && isOrganisation(a.type) && tokens[a.last].particle.empty()) org = &a;
            if (!org || org->last + 1 >= tokens.size()) break;
            const std::size_t at = org->last + 1;
            const auto tw = titleWord(tokens[at]);
            if (!tw || !tw->title.organisational) break;
            const bool linked = tw->rest == "이자" || (tw->rest.empty() && at + 1 < tokens.size() && tokens[at + 1].text == "겸");
            // The first link is read by the title rules unless the word hides the title ("대표이자").
            if (!first || !tw->rest.empty()) add(person, *org, s, ctx, at, tw->title, 0.7, false, out);
            if (!linked) break;
            k = tw->rest == "이자" ? at + 1 : at + 2;
            first = false;
        }
    }
}

} // namespace

void addTitlePredicates(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    predicateTitles(s, ctx, out);
    titleChains(s, ctx, out);
}

} // namespace newsgraph::core
