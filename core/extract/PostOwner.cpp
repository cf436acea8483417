// Works_for for a person joining as the holder of an organisation's post.
#include "extract/PostOwner.h"

#include "extract/RelationConstraints.h"
#include "extract/RoleTitles.h"

namespace newsgraph::core {
namespace {

bool isDirectionParticle(std::string_view p)
{
    return p == "로" || p == "으로" || p == "로는" || p == "으로는";
}

} // namespace

Args postOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = clauseFirst; k < trigger; ++k) {
        if (!tokens[k].isWord() || !isDirectionParticle(tokens[k].particle))
            continue;
        // "최고의학책임자(CMO)로는": the particle after the title's gloss.
        std::size_t title = k;
        if (tokens[k].stem.empty() && k > 0 && tokens[k - 1].punct == PunctKind::CloseParen) {
            std::size_t open = k - 1;
            while (open > clauseFirst && open + 4 > k && tokens[open].punct != PunctKind::OpenParen)
                --open;
            if (tokens[open].punct != PunctKind::OpenParen || open == 0)
                continue;
            title = open - 1;
        }
        if (!tokens[title].isWord() || !matchRoleTitle(tokens[title].stem) || title == 0)
            continue;
        for (const auto& a : s.arguments())
            if (!a.anaphor && isOrganisation(a.type) && a.last + 1 == title &&
                (tokens[a.last].particle.empty() || tokens[a.last].role == ArgumentRole::Genitive ||
             tokens[a.last].particle == "인")) // "뉴로바+인": a name's 인 read as the copula
                return {&a};
    }
    return {};
}

} // namespace newsgraph::core
