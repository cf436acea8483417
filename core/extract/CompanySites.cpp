#include "extract/CompanySites.h"

#include "extract/DescriptorWords.h"
#include "extract/EvidenceAttributes.h"
#include "extract/RelationConstraints.h"
#include "extract/TriggerTable.h"

namespace newsgraph::core {
namespace {

const Argument* argumentAt(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first == token) return &a;
    return nullptr;
}

} // namespace

void addCompanySites(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& org : s.arguments()) {
        // Only the compound form: "X의 도쿄 연구소" may as well name a unit of X as a site.
        if (org.anaphor || !isOrganisation(org.type) || !tokens[org.last].particle.empty()) continue;
        // The places right after the company, then up to two describing words, then the site noun.
        const Argument* place = nullptr;
        std::size_t k = org.last + 1;
        while (const Argument* p = k < tokens.size() ? argumentAt(s, k) : nullptr) {
            if (!isLocation(p->type) || !tokens[p->last].particle.empty()) break;
            if (!place || p->type != EntityType::Country) place = p; // the most specific: "미국 텍사스 공장" -> 텍사스
            k = p->last + 1;
        }
        if (!place) continue;
        for (std::size_t end = k + 2; k < tokens.size() && k <= end; ++k) {
            if (!tokens[k].isWord() || argumentAt(s, k)) break;
            const std::string_view w = tokens[k].stem;
            if (isOfficeNoun(w) || isCompanySiteWord(w)) {
                const auto checked = checkRelation(RelationType::OfficeIn, org.type, place->type);
                if (!checked) break;
                RelationCandidate r;
                r.type = *checked;
                r.source = org.entity;
                r.target = place->entity;
                r.evidence = makeEvidence(s, ctx, r.type, k, w, 0.65);
                out.push_back(std::move(r));
                break;
            }
            if (!tokens[k].particle.empty()) break;
        }
    }
}

} // namespace newsgraph::core
