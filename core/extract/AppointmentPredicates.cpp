// Appointment and holding verbs read as works_for: the post, its organisation and who takes it.
#include "extract/AppointmentPredicates.h"

#include "extract/ArgumentSlots.h"
#include "extract/EmploymentApposition.h"
#include "extract/OrganisationUnits.h"
#include "extract/RelationConstraints.h"
#include "extract/RoleTitles.h"
#include "extract/WordAffixes.h"

#include <array>
#include <string_view>

namespace newsgraph::core {
namespace {

bool isAppointmentVerb(std::string_view word)
{
    return startsWithAny(word, {"선임", "재선임", "임명", "재임명", "내정", "발탁", "선출", "취임", "영입", "승진", "부임",
                                "위촉", "기용", "추대"});
}

// Verbs of holding a post ("교수로 재직하던"): TitlePredicates reads them when the organisation is right before the
// title; here they count when a unit stands between ("카이스트 전산학과 교수로 재직하던").
bool isHoldingVerb(std::string_view word)
{
    return startsWithAny(word, {"재직", "근무", "일하", "일했", "일한", "활동"});
}

// The person who takes the post can be the subject: passive or intransitive verbs ("선임됐다", "취임했다", "재직하던").
bool subjectTakesPost(std::string_view word)
{
    return isHoldingVerb(word) || startsWithAny(word, {"취임", "부임", "승진"}) || word.find("되") != std::string_view::npos ||
           word.find("됐") != std::string_view::npos || word.find("돼") != std::string_view::npos;
}

// "선임된", "취임한", "임명되는": the verb describes the name after it.
bool isAdnominal(std::string_view word)
{
    static constexpr std::array<std::string_view, 6> endings{"된", "한", "되는", "될", "됐던", "했던"};
    return endsWithAny(word, endings);
}

// Words between the organisation and the title that leave the office unchanged: "한빛전자 신임 대표로".
std::size_t skipTitleAdjectives(const std::vector<Token>& tokens, std::size_t k)
{
    while (k < tokens.size() && tokens[k].isWord() && tokens[k].particle.empty() &&
           (tokens[k].text == "신임" || tokens[k].text == "차기" || tokens[k].text == "초대" || tokens[k].text == "새"))
        ++k;
    return k;
}

// The organisation written bare before the title, through units and adjectives: "한빛전자 (영업본부) (신임) 사장".
const Argument* organisationBefore(const ArgumentStructure& s, std::size_t title)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isOrganisation(a.type) || a.last >= title || !tokens[a.last].particle.empty()) continue;
        if (skipTitleAdjectives(tokens, skipOrganisationUnits(s, a.last + 1)) == title) return &a;
    }
    return nullptr;
}

bool sameClause(const ArgumentStructure& s, std::size_t from, std::size_t to)
{
    for (std::size_t m = from; m < to; ++m)
        if (s.endsClause(m)) return false;
    return true;
}

} // namespace

void addAppointmentPredicates(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.isWord() || !(t.particle == "으로" || t.particle == "로" || t.particle == "에")) continue;
        const Token& verb = tokens[k + 1];
        if (!verb.isWord()) continue;
        const bool appointment = isAppointmentVerb(verb.text);
        const bool holding = t.particle != "에" && isHoldingVerb(verb.text);
        if (!appointment && !holding) continue;
        const auto title = matchRoleTitle(t.stem);
        if (!title || !title->organisational) continue;
        const Argument* org = organisationBefore(s, k);
        if (holding && !(org && org->last + 1 < k)) continue; // TitlePredicates reads "네이버 부사장으로 일했다"
        const RelationType type = title->founder ? RelationType::Founded : RelationType::WorksFor;
        const std::string_view role = title->founder ? std::string_view{} : title->canonical;
        if (org && appointment && isAdnominal(verb.text)) {
            // "한빛전자 사장으로 선임된 이상민 씨": the name the appointment describes.
            for (const auto& person : s.arguments())
                if (!person.anaphor && person.type == EntityType::Person && person.first == k + 2)
                    addAffiliation(type, person, *org, s, ctx, k, role, 0.7, false, out);
            continue;
        }
        // "이상민 부사장을 한빛전자 대표로 선임했다" (the appointed), "김 씨는 한빛재단 이사장에 취임했다" (the subject).
        const Argument* appointed = nullptr;
        for (const auto& a : s.arguments()) {
            if (a.anaphor || a.modifier || a.type != EntityType::Person || a.last >= (org ? org->first : k)) continue;
            const bool object = appointment && a.role == ArgumentRole::Object;
            const bool subject = isSubjectRole(a.role) && subjectTakesPost(verb.text);
            if ((object || subject) && sameClause(s, a.roleToken, k) && (!appointed || a.roleToken > appointed->roleToken))
                appointed = &a;
        }
        if (!appointed) continue;
        if (org) {
            addAffiliation(type, *appointed, *org, s, ctx, k, role, 0.7, false, out);
            continue;
        }
        // "경북대는 나현수 코치를 체육교육과 초빙교수로 위촉했다": the organisation that appoints, when only units
        // stand between the appointed and the title.
        if (appointed->role != ArgumentRole::Object ||
            skipTitleAdjectives(tokens, skipOrganisationUnits(s, appointed->roleToken + 1)) != k)
            continue;
        for (const auto& a : s.arguments())
            if (!a.anaphor && a.direct && isOrganisation(a.type) && isSubjectRole(a.role) && a.last < appointed->first &&
                sameClause(s, a.roleToken, k))
                addAffiliation(type, *appointed, a, s, ctx, k, role, 0.65, false, out);
    }
}

} // namespace newsgraph::core
