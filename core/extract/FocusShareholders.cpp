#include "extract/FocusShareholders.h"

#include "extract/EvidenceAttributes.h"
#include "extract/RelationConstraints.h"

namespace newsgraph::core {
namespace {

bool isShareholderNoun(std::string_view w)
{
    return w == "최대주주" || w == "대주주" || w == "2대주주" || w == "1대주주";
}

} // namespace

void addFocusShareholders(const ArgumentStructure& s, const SentenceContext& ctx,
                          std::vector<RelationCandidate>& out)
{
    if (!ctx.focusOrganisation || !ctx.entities)
        return;
    const auto& tokens = s.tokens();
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (!t.isWord() || t.particle != "인" || !isShareholderNoun(t.stem))
            continue;
        // The company must go unnamed: "X의 최대주주인", "X 최대주주인" name it
        // (AppositionRelationExtractor).
        if (k > 0 && tokens[k - 1].isWord() &&
            (tokens[k - 1].particle.empty() || tokens[k - 1].role == ArgumentRole::Genitive))
            continue;
        const Argument* holder = nullptr;
        for (const auto& a : s.arguments())
            if (!a.anaphor && a.first == k + 1 && (a.type == EntityType::Person || isOrganisation(a.type)))
                holder = &a;
        if (!holder || holder->entity == *ctx.focusOrganisation)
            continue;
        const auto checked = checkRelation(RelationType::ShareholderOf, holder->type,
                                           (*ctx.entities)[*ctx.focusOrganisation].type);
        if (!checked)
            continue;
        RelationCandidate r;
        r.type = *checked;
        r.source = holder->entity;
        r.target = *ctx.focusOrganisation;
        r.evidence = makeEvidence(s, ctx, r.type, k, t.stem, 0.5);
        out.push_back(std::move(r));
    }
}

} // namespace newsgraph::core
