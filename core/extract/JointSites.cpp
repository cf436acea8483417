// Partners_with for two organisations building or running a site together.
#include "extract/JointSites.h"

#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/WordAffixes.h"

#include <algorithm>

namespace newsgraph::core {

void emitJointBuilders(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                       const Args& builders, double confidence, std::vector<RelationCandidate>& out)
{
    if (builders.empty() || r.passive)
        return;
    const auto& tokens = s.tokens();
    Args partners;
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.modifier || !isOrganisation(a.type) || a.last < r.clause.first || a.last >= r.at)
            continue;
        // "SK가스와 충남 당진에": a partner joined by 와 to the site reads as one group with the place.
        const std::string_view particle = tokens[a.last].particle;
        if (particle != "와" && particle != "과")
            continue; // "X와의 합작" and "X과도" say other things
        if (a.role != ArgumentRole::Comitative && a.role != ArgumentRole::Dative)
            continue;
        if (std::find(builders.begin(), builders.end(), &a) != builders.end())
            continue;
        // "애플과 달리", "LG와 비교해", "도요타와 마찬가지로": a comparison, not a companion.
        if (a.last + 1 < tokens.size() && tokens[a.last + 1].isWord() &&
            startsWithAny(tokens[a.last + 1].text,
                          {"달리", "달라", "비교", "비해", "마찬가지", "같이", "대조", "차별", "경쟁"}))
            continue;
        partners.push_back(&a);
    }
    if (!partners.empty())
        emit(RelationType::PartnersWith, builders, partners, s, ctx, r.predicate, r.trigger->word,
             confidence * 0.8, out);
}

} // namespace newsgraph::core
