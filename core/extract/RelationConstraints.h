// Which entity types may stand at each end of each relation type, and the type fixes the ontology implies.
#pragma once

#include "model/EntityType.h"
#include "model/RelationType.h"

#include <optional>

namespace newsgraph::core {

bool isOrganisation(EntityType type); // company, investor, government, academia, media
bool isLocation(EntityType type);     // country, place

// The relation type to record for this source/target pair, or nothing when the types do not fit:
// money put into a university is funding ("IBM이 도쿄대학에 투자" -> funds), works_for needs a person, ...
std::optional<RelationType> checkRelation(RelationType type, EntityType source, EntityType target);
// The same, knowing whether the evidence states a payment (a sum, a subsidy, a loan): public money paid to a
// firm is funding, public backing without a payment is support (ontology: supports is "not a specific payment").
std::optional<RelationType> checkRelation(RelationType type, EntityType source, EntityType target, bool paymentStated);

} // namespace newsgraph::core
