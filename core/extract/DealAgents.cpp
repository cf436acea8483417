#include "extract/DealAgents.h"

#include "extract/EvidenceAttributes.h"
#include "extract/RelationConstraints.h"
#include "extract/WordAffixes.h"

#include <optional>

namespace newsgraph::core {
namespace {

std::optional<RelationType> dealType(std::string_view noun)
{
    if (noun == "인수" || noun == "인수합병" || noun == "매입") return RelationType::Acquires;
    if (noun == "투자" || noun == "출자" || noun == "지분투자") return RelationType::InvestsIn;
    if (noun == "설립" || noun == "창업") return RelationType::Founded;
    return std::nullopt;
}

} // namespace

void addDealAgents(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.isWord() || t.stem != "주체" || !(t.particle == "는" || t.particle == "은")) continue;
        const Token& noun = tokens[k - 1];
        if (!noun.isWord() || !noun.particle.empty()) continue;
        const auto type = dealType(noun.stem);
        if (!type) continue;
        // The agent: the predicate noun of the clause ("…주체는 한화오션이다", "…주체는 MBK파트너스로 알려졌다").
        const Argument* agent = nullptr;
        for (const auto& a : s.arguments()) {
            if (a.anaphor || a.first <= k) continue;
            const Token& last = tokens[a.roleToken];
            const bool reported = (last.particle == "로" || last.particle == "으로") && a.roleToken + 1 < tokens.size() &&
                                  startsWithAny(tokens[a.roleToken + 1].text, {"알려", "전해", "확인", "거론", "꼽", "밝혀"});
            if (a.role == ArgumentRole::Copula || reported) {
                agent = &a;
                break;
            }
        }
        if (!agent) continue;
        bool clause = true;
        for (std::size_t m = k; m < agent->first; ++m) clause = clause && !s.endsClause(m);
        if (!clause) continue;
        // What the deal is about: the name right before the noun ("대우조선 인수", "대우조선의 인수"), else the
        // company the passage is about.
        std::size_t target = ctx.entities ? ctx.entities->size() : 0;
        EntityType targetType = EntityType::Company;
        double confidence = 0.7;
        for (const auto& a : s.arguments())
            if (!a.anaphor && !isLocation(a.type) && a.last + 2 == k &&
                (tokens[a.last].particle.empty() || a.role == ArgumentRole::Genitive)) {
                target = a.entity;
                targetType = a.type;
            }
        if (ctx.entities && target == ctx.entities->size()) {
            if (!ctx.focusOrganisation) continue;
            target = *ctx.focusOrganisation;
            targetType = (*ctx.entities)[target].type;
            confidence = 0.5;
        }
        if (!ctx.entities || target == agent->entity) continue;
        const auto checked = checkRelation(*type, agent->type, targetType);
        if (!checked) continue;
        RelationCandidate r;
        r.type = *checked;
        r.source = agent->entity;
        r.target = target;
        r.evidence = makeEvidence(s, ctx, r.type, k - 1, noun.stem, confidence);
        out.push_back(std::move(r));
    }
}

} // namespace newsgraph::core
