// Adds the district to a city when an address names both ("서울 강남구").
#include "extract/PlaceDistricts.h"

#include "extract/RelationConstraints.h"
#include "extract/Utf8Scan.h"

namespace newsgraph::core {
namespace {

// A district or county of an address: "강남구", "중구", "유성구", "고흥군", "미나토구". Neighbourhoods
// ("양재동") are finer than readers need and are left to the place chain.
bool isDistrict(const ArgumentStructure& s, const Argument& a)
{
    if (a.type != EntityType::Place) return false;
    const std::string_view word = s.tokens()[a.last].stem;
    return utf8::length(word) >= 2 && (word.ends_with("구") || word.ends_with("군"));
}

// The place written right before `a` in the same address ("서초구" before "양재동"), if any.
const Argument* placeBefore(const ArgumentStructure& s, const Argument& a)
{
    for (const auto& p : s.arguments())
        if (!p.anaphor && isLocation(p.type) && p.last + 1 == a.first && s.tokens()[p.last].particle.empty()) return &p;
    return nullptr;
}

} // namespace

Args sitePlaces(const ArgumentStructure& s, const Args& targets)
{
    Args out = broadestPlace(s, targets);
    if (targets.size() != 1 || out.size() != 1 || !isLocation(targets.front()->type)) return out;
    // Only a district written after its city, as in an address ("서울 강남구", "도쿄 미나토구"): a district
    // reached through an apposition ("도쿄 중심지인 지요다구") is description, not the firm's address.
    for (const Argument* at = targets.front(); at; at = placeBefore(s, *at)) {
        if (!isDistrict(s, *at)) continue;
        if (at->entity != out.front()->entity && placeBefore(s, *at)) out.push_back(at);
        break;
    }
    return out;
}

} // namespace newsgraph::core
