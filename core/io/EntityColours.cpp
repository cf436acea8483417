// Money relations share one green so follow-the-money views stand out; weak ties are grey.
#include "io/EntityColours.h"

#include <cstdio>

namespace newsgraph::core {

Rgb entityColour(EntityType type)
{
    switch (type) {
    case EntityType::Person: return {230, 159, 0};
    case EntityType::Company: return {86, 180, 233};
    case EntityType::Investor: return {0, 158, 115};
    case EntityType::Government: return {213, 94, 0};
    case EntityType::Academia: return {204, 121, 167};
    case EntityType::Country: return {240, 228, 66};
    case EntityType::Place: return {153, 153, 102};
    case EntityType::Product: return {0, 114, 178};
    case EntityType::Media: return {136, 136, 136};
    case EntityType::Event: return {170, 68, 153};
    }
    return {200, 200, 200};
}

Rgb relationColour(RelationType type)
{
    if (isMoneyRelation(type))
        return {0, 140, 90};
    switch (type) {
    case RelationType::Founded:
    case RelationType::WorksFor: return {200, 120, 0};
    case RelationType::PartOf:
    case RelationType::SpunOffFrom:
    case RelationType::ShareholderOf: return {90, 90, 180};
    case RelationType::LocatedIn:
    case RelationType::OfficeIn: return {130, 130, 90};
    case RelationType::Supports: return {200, 80, 20};
    case RelationType::PartnersWith:
    case RelationType::CompetesWith: return {160, 60, 140};
    case RelationType::Develops:
    case RelationType::Uses: return {0, 100, 170};
    case RelationType::MentionedWith: return {180, 180, 180};
    default: break;
    }
    return {80, 80, 80};
}

std::string hexColour(Rgb colour)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", colour.red & 0xFF, colour.green & 0xFF, colour.blue & 0xFF);
    return buffer;
}

} // namespace newsgraph::core
