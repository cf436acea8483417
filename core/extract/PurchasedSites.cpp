// Office_in for a buyer at the place of a plant or site it bought.
#include "extract/PurchasedSites.h"

#include "extract/ArgumentSlots.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/TriggerTable.h"

namespace newsgraph::core {
namespace {

// A verb of buying as the clause's own predicate: "인수했다", "인수한다", "사들였다", "매입했다".
bool isPurchaseVerb(std::string_view w)
{
    for (std::string_view v : {"인수했", "인수한다", "인수하기로", "인수해", "사들였", "사들인다", "사들이기로", "매입했",
                               "매입한다", "매입하기로"})
        if (w.starts_with(v)) return true;
    return false;
}

// The place written among the few bare words before a site noun: "스웨덴 셸레프테오 배터리 공장",
// "폴란드 그단스크 에너지저장장치(ESS) 공장". The most specific one wins over its country.
const Argument* placeBeforeSite(const ArgumentStructure& s, std::size_t site)
{
    const auto& tokens = s.tokens();
    const Argument* best = nullptr;
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isLocation(a.type) || a.last >= site || a.last + 6 < site) continue;
        bool bare = true;
        for (std::size_t k = a.last; k < site; ++k)
            if (tokens[k].isWord() && !tokens[k].particle.empty()) bare = false;
        if (!bare) continue;
        if (!best || best->type == EntityType::Country || a.first > best->first) best = &a;
    }
    return best;
}

} // namespace

void addPurchasedSites(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t v = 1; v < tokens.size(); ++v) {
        if (!tokens[v].isWord() || !isPurchaseVerb(tokens[v].text)) continue;
        const auto clause = s.clauseOf(v);
        // The sites bought: the object and the names joined to it by 와/과 ("A 공장과 B 공장을").
        Args places;
        for (std::size_t k = clause.first; k < v; ++k) {
            const Token& t = tokens[k];
            if (!t.isWord() || !isOfficeNoun(t.stem)) continue;
            if (t.role != ArgumentRole::Object && t.role != ArgumentRole::Comitative) continue;
            if (const Argument* p = placeBeforeSite(s, k)) places.push_back(p);
        }
        if (places.empty()) continue;
        // The buyer: the clause's subject, else the sentence's topic ("라이튼은 … 공장을 인수했다").
        Args buyer = nearestWithRole(s, ArgumentRole::Subject, clause.first, v);
        if (buyer.empty()) buyer = nearestWithRole(s, ArgumentRole::Topic, 0, v);
        Args firms;
        for (const Argument* b : buyer)
            if (isOrganisation(b->type)) firms.push_back(b);
        if (!firms.empty()) emit(RelationType::OfficeIn, firms, places, s, ctx, v, "인수", 0.6, out);
    }
}

} // namespace newsgraph::core
