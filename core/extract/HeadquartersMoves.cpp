// Located_in at the destination of a headquarters move.
#include "extract/HeadquartersMoves.h"

#include "extract/ArgumentSlots.h"
#include "extract/PlaceDistricts.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"

namespace newsgraph::core {
namespace {

bool isMoveVerb(std::string_view w)
{
    return w.starts_with("이전") || w.starts_with("옮기") || w.starts_with("옮겼") || w.starts_with("옮긴") ||
           w.starts_with("옮길");
}

} // namespace

void addHeadquartersMoves(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (std::size_t h = 0; h + 2 < tokens.size(); ++h) {
        // "본사를", "본사 소재지를", "본사를 … 로": the headquarters as the object of the move.
        if (!tokens[h].isWord() || tokens[h].stem != "본사") continue;
        std::size_t object = h;
        if (tokens[h].particle.empty() && tokens[h + 1].isWord() && tokens[h + 1].role == ArgumentRole::Object) object = h + 1;
        if (tokens[object].role != ArgumentRole::Object) continue;
        const auto clause = s.clauseOf(object);
        std::size_t verb = tokens.size();
        for (std::size_t k = object + 1; k <= clause.second && k < tokens.size(); ++k)
            if (tokens[k].isWord() && isMoveVerb(tokens[k].text)) {
                verb = k;
                break;
            }
        if (verb == tokens.size()) continue;
        // "X에서 Y로": only the destination counts.
        Args places = nearestWithRole(s, ArgumentRole::Direction, object + 1, verb);
        if (places.size() != 1 || !isLocation(places.front()->type)) continue;
        places = sitePlaces(s, places);
        // Whose headquarters: a name compounded with it ("정부는 한국전력 본사를"), its genitive owner ("네이버의
        // 본사를"), else the clause's topic or subject.
        Args firm = stakeOwner(s, h);
        if (firm.empty()) firm = nearestWithRole(s, ArgumentRole::Topic, 0, h);
        if (firm.empty()) firm = nearestWithRole(s, ArgumentRole::Subject, clause.first, h);
        Args firms;
        for (const Argument* f : firm)
            if (isOrganisation(f->type)) firms.push_back(f);
        if (!firms.empty()) emit(RelationType::LocatedIn, firms, places, s, ctx, verb, "본사", 0.65, out);
    }
}

} // namespace newsgraph::core
