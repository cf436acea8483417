#include "extract/PlaceApposition.h"

#include "extract/EvidenceAttributes.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/RelationConstraints.h"

namespace newsgraph::core {
namespace {

// Company nouns that relate the name to another organisation rather than describe it.
bool isRelationalNoun(std::string_view w)
{
    return w.ends_with("자회사") || w.ends_with("계열사") || w.ends_with("합작사") ||
           w.ends_with("합작법인") || w == "지주사" || w.ends_with("경쟁사") || w.ends_with("협력사");
}

const Argument* organisationAt(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first == token && isOrganisation(a.type))
            return &a;
    return nullptr;
}

bool insideArgument(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first <= token && token <= a.last)
            return true;
    return false;
}

} // namespace

void addPlaceAppositions(const ArgumentStructure& s, const SentenceContext& ctx,
                         std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& place : s.arguments()) {
        if (place.anaphor || place.type != EntityType::Place)
            continue;
        const bool genitive = place.role == ArgumentRole::Genitive && place.roleToken == place.last;
        if (!genitive && !(place.role == ArgumentRole::None && tokens[place.last].particle.empty()))
            continue;
        // "서울 강남구의": the chain's last place is the one written right before the description.
        const std::size_t from = place.last + 1;
        if (from < tokens.size() && !genitive && insideArgument(s, from) && !organisationAt(s, from))
            continue;
        for (std::size_t k = from; k < tokens.size() && k < from + 3; ++k) {
            const Token& t = tokens[k];
            if (!t.isWord() || !t.particle.empty() || insideArgument(s, k))
                break;
            if (!isCompanyDescriptor(t.stem))
                continue;
            if (isRelationalNoun(t.stem))
                break;
            const Argument* company = organisationAt(s, k + 1);
            if (!company)
                continue; // "핀테크 기업 X": the descriptor may take more words
            const auto checked = checkRelation(RelationType::LocatedIn, company->type, place.type);
            if (!checked)
                break;
            RelationCandidate r;
            r.type = *checked;
            r.source = company->entity;
            r.target = place.entity;
            r.evidence = makeEvidence(s, ctx, r.type, k, t.stem, genitive ? 0.65 : 0.6);
            out.push_back(std::move(r));
            break;
        }
    }
}

} // namespace newsgraph::core
