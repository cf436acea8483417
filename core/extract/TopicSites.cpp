// Office_in and located_in for the clause subject's sites written as place + site noun.
#include "extract/TopicSites.h"

#include "extract/ArgumentSlots.h"
#include "extract/InstitutionPredicate.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/TriggerTable.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// The word before the place names whose site it is ("TSMC 애리조나 공장", "삼성전자의 미국 공장"): then the
// compound and genitive rules read it, and the subject's claim is void.
bool ownerBefore(const ArgumentStructure& s, const Argument& place)
{
    const auto& tokens = s.tokens();
    if (place.first == 0) return false;
    const std::size_t k = place.first - 1;
    if (!tokens[k].isWord() || (!tokens[k].particle.empty() && tokens[k].role != ArgumentRole::Genitive)) return false;
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first <= k && k <= a.last && isOrganisation(a.type)) return true;
    return false;
}

} // namespace

void addTopicSites(const ArgumentStructure& s, const SentenceContext& ctx, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    for (const auto& place : s.arguments()) {
        if (place.anaphor || place.modifier || !isLocation(place.type) || !tokens[place.last].particle.empty()) continue;
        // The site noun, after at most two bare describing words no name claims ("미국 반도체 공장", "슬로바키아
        // 질리나 공장" where the town is unknown).
        std::size_t k = place.last + 1;
        while (k < tokens.size() && k <= place.last + 3 && tokens[k].isWord() && tokens[k].particle.empty() &&
               !isOfficeNoun(tokens[k].stem) && tokens[k].stem != "본사" &&
               std::none_of(s.arguments().begin(), s.arguments().end(), [&](const Argument& a) { return a.first <= k && k <= a.last; }))
            ++k;
        if (k >= tokens.size() || !tokens[k].isWord()) continue;
        const std::string_view noun = tokens[k].stem;
        const bool head = noun == "본사";
        if (!head && !isOfficeNoun(noun)) continue;
        if (ownerBefore(s, place)) continue;
        // "서울에 한국 지사를 설립": a country before the site says what it serves; the dative says where it is.
        if (place.type == EntityType::Country && !nearestWithRole(s, ArgumentRole::Dative, s.clauseOf(k).first, k).empty())
            continue;
        // A more specific place may follow ("폴란드 브로츠와프 공장"): that one speaks for the site.
        const Argument* firm = clauseSubjectBefore(s, place);
        // Firms have sites; a government's "미국 공장" is a plant it courts, not its own.
        if (!firm || firm->last >= place.first || firm->modifier ||
            !(firm->type == EntityType::Company || firm->type == EntityType::Investor))
            continue;
        emit(head ? RelationType::LocatedIn : RelationType::OfficeIn, {firm}, {&place}, s, ctx, k, noun, 0.55, out);
    }
}

} // namespace newsgraph::core
