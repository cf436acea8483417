// Unit words, also where the particle stripper split "…학과" into a stem and the particle 과.
#include "extract/OrganisationUnits.h"

#include "extract/WordAffixes.h"

#include <array>
#include <string_view>

namespace newsgraph::core {

bool isOrganisationUnit(const ArgumentStructure& s, std::size_t k)
{
    const auto& tokens = s.tokens();
    if (k >= tokens.size() || !tokens[k].isWord()) return false;
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first <= k && k <= a.last) return false;
    const Token& t = tokens[k];
    // The particle stripper reads the 과 of a department as "and": "화학생명공학+과", "홍보분+과".
    static constexpr std::array<std::string_view, 5> departments{"학과", "분과", "내과", "외과", "교육과"};
    static constexpr std::array<std::string_view, 19> units{"학과", "학부", "대학원", "대학", "연구소", "연구센터", "센터",
                                                            "본부", "사업부", "부문", "연구실", "연구팀", "실험실", "의대",
                                                            "법대", "공대", "지부", "지회", "지점"};
    if (t.text.size() > t.stem.size() && endsWithAny(t.text, departments)) return true;
    return t.particle.empty() && endsWithAny(t.stem, units);
}

std::size_t skipOrganisationUnits(const ArgumentStructure& s, std::size_t from)
{
    std::size_t k = from;
    while (k < from + 2 && isOrganisationUnit(s, k)) ++k;
    return k;
}

} // namespace newsgraph::core
