// The ontology's relation types, their identifiers and which of them are symmetric.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph::core {

enum class RelationType {
    InvestsIn,
    Funds,
    Founded,
    WorksFor,
    PartOf,
    SpunOffFrom,
    Acquires,
    LocatedIn,
    OfficeIn,
    Supports,
    PartnersWith,
    CompetesWith,
    Develops,
    Uses,
    ShareholderOf,
    MentionedWith,
};

inline constexpr std::array allRelationTypes{
    RelationType::InvestsIn,    RelationType::Funds,         RelationType::Founded,      RelationType::WorksFor,
    RelationType::PartOf,       RelationType::SpunOffFrom,   RelationType::Acquires,     RelationType::LocatedIn,
    RelationType::OfficeIn,     RelationType::Supports,      RelationType::PartnersWith, RelationType::CompetesWith,
    RelationType::Develops,     RelationType::Uses,          RelationType::ShareholderOf, RelationType::MentionedWith,
};

std::string_view toString(RelationType type);
std::optional<RelationType> relationTypeFromString(std::string_view id);
std::string_view koreanLabel(RelationType type);
std::string_view englishLabel(RelationType type);

// Symmetric relations are stored once, with the smaller entity id as source.
bool isSymmetric(RelationType type);
// Relations that move money (follow-the-money mode).
bool isMoneyRelation(RelationType type);

} // namespace newsgraph::core
