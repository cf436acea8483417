// Competes_with for rivals named with 경쟁사로/라이벌로 … 꼽다.
#include "extract/RivalNomination.h"

#include "extract/ArgumentSlots.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"

namespace newsgraph::core {
namespace {

bool isRivalNoun(std::string_view stem)
{
    return stem == "경쟁사" || stem == "경쟁업체" || stem == "경쟁자" || stem == "라이벌" || stem == "맞수" ||
           stem == "대항마";
}

bool isNamingVerb(std::string_view w)
{
    return w.starts_with("꼽") || w.starts_with("지목") || w.starts_with("거론");
}

} // namespace

void readRivalNominations(const ArgumentStructure& s, const SentenceContext& ctx,
                          std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = 1; k + 2 < tokens.size(); ++k) {
        if (!tokens[k].isWord() || !isRivalNoun(tokens[k].stem) ||
            (tokens[k].particle != "로" && tokens[k].particle != "으로"))
            continue;
        // The owner: "X의 경쟁사로", "X의 최대 경쟁사로".
        const Args owner = nearestWithRole(s, ArgumentRole::Genitive, k >= 3 ? k - 3 : 0, k);
        if (owner.empty() || !isOrganisation(owner.front()->type))
            continue;
        // The rivals: objects between the rival noun and the naming verb.
        std::size_t verb = k + 1;
        while (verb < tokens.size() && verb <= k + 8 &&
               !(tokens[verb].isWord() && isNamingVerb(tokens[verb].text)))
            ++verb;
        if (verb >= tokens.size() || verb > k + 8)
            continue;
        const Args rivals = nearestWithRole(s, ArgumentRole::Object, k + 1, verb);
        if (rivals.empty())
            continue;
        Args organisations;
        for (const Argument* a : rivals)
            if (isOrganisation(a->type))
                organisations.push_back(a);
        emit(RelationType::CompetesWith, owner, organisations, s, ctx, verb, tokens[k].stem, 0.65, out);
    }
}

} // namespace newsgraph::core
