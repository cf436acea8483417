#include "extract/ImpliedRelations.h"

#include "extract/ArgumentSlots.h"
#include "extract/EmploymentApposition.h"
#include "extract/RelationConstraints.h"

#include <algorithm>
#include <optional>

namespace newsgraph::core {
namespace {

// "검색 조직을 분사해 네이버서치를 세웠다": a parent that splits a unit off does not found it as a founder does.
void dropFoundingBySpinOff(std::size_t firstNew, std::vector<RelationCandidate>& out)
{
    std::vector<std::pair<std::size_t, std::size_t>> spunOff;
    for (std::size_t i = firstNew; i < out.size(); ++i)
        if (out[i].type == RelationType::SpunOffFrom) spunOff.emplace_back(out[i].target, out[i].source);
    std::erase_if(out, [&](const RelationCandidate& r) {
        return r.type == RelationType::Founded &&
               std::find(spunOff.begin(), spunOff.end(), std::make_pair(r.source, r.target)) != spunOff.end();
    });
}

// The title of the person `entity` when it names no organisation ("손정의 회장은", "박 대표가").
std::optional<std::string> bareTitle(const ArgumentStructure& s, std::size_t entity)
{
    for (const auto& role : s.sentence().roles) {
        if (role.hasOrganisation || !role.organisational || role.founder) continue;
        const bool samePerson = std::any_of(s.arguments().begin(), s.arguments().end(), [&](const Argument& a) {
            return a.entity == entity && a.type == EntityType::Person && a.first <= role.personFirst && role.personLast <= a.last;
        });
        if (samePerson) return role.role;
    }
    for (const auto& a : s.arguments()) {
        if (a.entity != entity || a.type != EntityType::Person || a.anaphor) continue;
        std::size_t at = 0;
        const auto title = titleAfter(s, a, &at);
        const bool withOrganisation = std::any_of(s.arguments().begin(), s.arguments().end(), [&](const Argument& o) {
            return o.first > a.last && o.last < at;
        });
        // "한양대 기계공학부 조현우 교수가 창업한": a title whose organisation stands before the name is held there.
        // ("한국전력 출신 박세훈 대표" names where the person came from, not where the title is held.)
        const bool heldElsewhere = std::any_of(s.sentence().roles.begin(), s.sentence().roles.end(), [&](const RoleApposition& r) {
            if (!r.hasOrganisation || r.titleToken != at) return false;
            for (std::size_t k = r.orgLast + 1; k < r.personFirst && k < s.tokens().size(); ++k)
                if (s.tokens()[k].stem == "출신") return false;
            return true;
        });
        if (title && title->organisational && !title->founder && !withOrganisation && !heldElsewhere)
            return std::string(title->canonical);
    }
    return std::nullopt;
}

// "손정의 회장은 소프트뱅크를 창업했다": a founder's bare title is a title at the company founded.
void foundersTitles(const ArgumentStructure& s, std::size_t firstNew, std::vector<RelationCandidate>& out)
{
    const std::size_t end = out.size();
    for (std::size_t i = firstNew; i < end; ++i) {
        if (out[i].type != RelationType::Founded) continue;
        const auto title = bareTitle(s, out[i].source);
        if (!title) continue;
        RelationCandidate w = out[i];
        w.type = RelationType::WorksFor;
        w.evidence.role = *title;
        w.evidence.confidence *= 0.9;
        out.push_back(std::move(w));
    }
}

// "배경훈 LG AI연구원 원장은 엑사원 개발을 총괄했다": what an organisation's officer makes or adopts, the
// organisation does.
void employersAct(const SentenceContext& ctx, std::size_t firstNew, std::vector<RelationCandidate>& out)
{
    if (!ctx.entities) return;
    for (std::size_t i = firstNew; i < out.size(); ++i) {
        RelationCandidate& r = out[i];
        if (r.type != RelationType::Develops && r.type != RelationType::Uses) continue;
        if ((*ctx.entities)[r.source].type != EntityType::Person) continue;
        for (const auto& [person, org] : ctx.employerOf)
            if (person == r.source && checkRelation(r.type, (*ctx.entities)[org].type, (*ctx.entities)[r.target].type)) {
                r.source = org;
                break;
            }
    }
}

// No other verb between the 에서 phrase and the founding verb: "구글에서 일하다 X를 창업했다" names a former
// employer, not a parent.
bool directlyBefore(const std::vector<Token>& tokens, std::size_t from, std::size_t verb)
{
    for (std::size_t k = from + 1; k < verb; ++k) {
        if (!tokens[k].isWord()) return false;
        if (!tokens[k].particle.empty()) continue;
        for (std::string_view ending : {"다", "고", "며", "해", "한", "된", "던", "서", "뒤", "후", "면"})
            if (tokens[k].text.ends_with(ending)) return false;
    }
    return true;
}

// "김 대표는 삼성전자에서 분사해 X를 세웠다", "Y는 박 대표가 KAIST 연구실에서 창업한 회사다": a company a person
// founded inside an organisation, or by splitting off from it, is spun off from that organisation.
void foundersSpinOffs(const ArgumentStructure& s, const SentenceContext& ctx, std::size_t firstNew,
                      std::vector<RelationCandidate>& out)
{
    if (!ctx.entities) return;
    const auto& entities = *ctx.entities;
    const auto& tokens = s.tokens();
    const auto parentType = [](EntityType t) {
        return t == EntityType::Company || t == EntityType::Academia || t == EntityType::Government;
    };
    const std::size_t end = out.size();
    for (std::size_t i = firstNew; i < end; ++i) {
        if (out[i].type != RelationType::Founded || entities[out[i].source].type != EntityType::Person) continue;
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const std::string_view w = tokens[t].text;
            if (!tokens[t].isWord() || !(w.starts_with("분사") || w.starts_with("스핀오프") || w.starts_with("창업") ||
                                         w.starts_with("설립") || w.starts_with("세웠") || w.starts_with("세운")))
                continue;
            const std::size_t clauseFirst = s.clauseOf(t).first;
            Args parents = nearestWithRole(s, ArgumentRole::Source, clauseFirst, t);
            if (parents.empty()) parents = roleNounOwner(s, ArgumentRole::Source, clauseFirst, t);
            for (const Argument* parent : parents) {
                if (!directlyBefore(tokens, parent->roleToken, t)) continue;
                if (!parentType(parent->type) || parent->entity == out[i].target || parent->entity == out[i].source) continue;
                RelationCandidate r = out[i];
                r.type = RelationType::SpunOffFrom;
                r.source = out[i].target;
                r.target = parent->entity;
                r.evidence.confidence *= 0.85;
                out.push_back(std::move(r));
            }
        }
    }
}

} // namespace

void addImpliedRelations(const ArgumentStructure& s, const SentenceContext& ctx, std::size_t firstNew,
                         std::vector<RelationCandidate>& out)
{
    dropFoundingBySpinOff(firstNew, out);
    foundersTitles(s, firstNew, out);
    employersAct(ctx, firstNew, out);
    foundersSpinOffs(s, ctx, firstNew, out);
}

} // namespace newsgraph::core
