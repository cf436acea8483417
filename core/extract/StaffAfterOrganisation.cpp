// Organisation, units, title and names in apposition, each listed name joined to the organisation.
#include "extract/StaffAfterOrganisation.h"

#include "extract/EmploymentApposition.h"
#include "extract/OfficeHolders.h"
#include "extract/OrganisationUnits.h"
#include "extract/RelationConstraints.h"
#include "extract/RoleTitles.h"

#include <optional>

namespace newsgraph::core {
namespace {

struct HeldTitle {
    RoleTitle title;
    std::size_t token = 0;
    bool past = false;
};

const Argument* argumentAt(const ArgumentStructure& s, std::size_t k)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first == k) return &a;
    return nullptr;
}

const Argument* personAt(const ArgumentStructure& s, std::size_t k)
{
    const Argument* a = argumentAt(s, k);
    return a && a->type == EntityType::Person ? a : nullptr;
}

// An organisational title word at `k` that is no name itself.
std::optional<RoleTitle> titleWordAt(const ArgumentStructure& s, std::size_t k)
{
    const auto& tokens = s.tokens();
    if (k >= tokens.size() || !tokens[k].isWord() || argumentAt(s, k)) return std::nullopt;
    auto title = matchRoleTitle(tokens[k].stem);
    if (!title || !title->organisational) return std::nullopt;
    return title;
}

// The title written right after a listed name: "김태수 전 부위원장", "이민호 전 홍보분과 부위원장"; none when
// another organisation comes first ("이영희 고려대 교수": that name works there).
std::optional<HeldTitle> titleAfterName(const ArgumentStructure& s, const Argument& person)
{
    const auto& tokens = s.tokens();
    if (!tokens[person.last].particle.empty()) return std::nullopt;
    bool past = false;
    const std::size_t k = skipOrganisationUnits(s, skipTitleMarkers(tokens, person.last + 1, &past));
    const auto title = titleWordAt(s, k);
    if (!title) return std::nullopt;
    return HeldTitle{*title, k, past};
}

// Titles of one office, so that "위원장과 … 부위원장" lists one body's officers, while "대표와 … 의원" may not.
bool sameOffice(const RoleTitle& a, const RoleTitle& b)
{
    return a.matched.ends_with(b.matched) || b.matched.ends_with(a.matched);
}

void emit(const Argument& person, const Argument& org, const HeldTitle& held, const ArgumentStructure& s,
          const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const bool founder = held.title.founder;
    addAffiliation(founder ? RelationType::Founded : RelationType::WorksFor, person, org, s, ctx, held.token,
                   founder ? std::string_view{} : held.title.canonical, 0.7, held.past && !founder, out);
}

// "한빛전자 대표 김민수 씨", "한빛전자 전 대표 김민수", "서울대 의대 교수 박정우": the title before the name.
void titleBeforeName(const ArgumentStructure& s, const Argument& org, std::size_t from, const SentenceContext& ctx,
                     std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    bool past = false;
    const std::size_t k = skipTitleMarkers(tokens, from, &past);
    const auto title = titleWordAt(s, k);
    if (!title || !tokens[k].particle.empty()) return;
    if (const Argument* person = personAt(s, k + 1)) emit(*person, org, HeldTitle{*title, k, past}, s, ctx, out);
}

// "한빛일보 이수진·박상훈 기자" (one title for the list), "한빛노조 박민호 전 위원장과 김태수 전 부위원장, 이민호 전
// 간사" (each name with its own title).
void namesAfterOrganisation(const ArgumentStructure& s, const Argument& org, std::size_t from, const SentenceContext& ctx,
                            std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    std::vector<const Argument*> pending;
    std::size_t k = from;
    while (k < tokens.size()) {
        const Argument* person = personAt(s, k);
        if (!person || !tokens[person->last].particle.empty()) return;
        pending.push_back(person);
        const std::size_t next = person->last + 1;
        if (next + 1 < tokens.size() &&
            (tokens[next].punct == PunctKind::MiddleDot || tokens[next].punct == PunctKind::Comma) && personAt(s, next + 1)) {
            k = next + 1;
            continue;
        }
        const auto held = titleAfterName(s, *person);
        if (!held) return;
        for (const Argument* p : pending) emit(*p, org, *held, s, ctx, out);
        pending.clear();
        const Token& title = tokens[held->token];
        const std::size_t after = held->token + 1;
        const bool comma = title.particle.empty() && after < tokens.size() && tokens[after].punct == PunctKind::Comma;
        const bool joined = title.particle == "과" || title.particle == "와";
        if (!comma && !joined) return;
        k = comma ? after + 1 : after;
        if (joined) {
            const Argument* partner = personAt(s, k);
            const auto partnerTitle = partner ? titleAfterName(s, *partner) : std::nullopt;
            if (!partnerTitle || !sameOffice(held->title, partnerTitle->title)) return;
        }
    }
}

} // namespace

void addStaffAfterOrganisation(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& org : s.arguments()) {
        if (org.anaphor || !isOrganisation(org.type)) continue;
        // "정의당의 윤재희 대표": a genitive organisation, the name right after it.
        const bool genitive = tokens[org.last].particle == "의";
        if (!genitive && !tokens[org.last].particle.empty()) continue;
        std::size_t from = genitive ? org.last + 1 : skipOrganisationUnits(s, org.last + 1);
        if (from >= tokens.size()) continue;
        // "특별환수팀(팀장 김형준 부장검사)은", "형사2부(김재훈 부장검사·이수진 검사)": officers in brackets.
        if (!genitive && tokens[from].punct == PunctKind::OpenParen && !tokens[from].spaceBefore && ++from >= tokens.size())
            continue;
        titleBeforeName(s, org, from, ctx, out);
        namesAfterOrganisation(s, org, from, ctx, out);
    }
}

} // namespace newsgraph::core
