// The ontology's entity types (shared/docs/ontology.md) and their stable identifiers.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace newsgraph::core {

enum class EntityType {
    Person,
    Company,
    Investor,
    Government,
    Academia,
    Country,
    Place,
    Product,
    Media,
    Event,
};

inline constexpr std::array allEntityTypes{
    EntityType::Person,  EntityType::Company, EntityType::Investor, EntityType::Government, EntityType::Academia,
    EntityType::Country, EntityType::Place,   EntityType::Product,  EntityType::Media,      EntityType::Event,
};

// "person", "company", ... exactly as in the ontology.
std::string_view toString(EntityType type);
std::optional<EntityType> entityTypeFromString(std::string_view id);
// Human labels from the ontology ("기업", "Company").
std::string_view koreanLabel(EntityType type);
std::string_view englishLabel(EntityType type);

} // namespace newsgraph::core
