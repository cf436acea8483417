// Ontology identifiers round-trip and symmetric types are the ontology's.
#include "model/EntityType.h"
#include "model/RelationType.h"

#include <catch2/catch.hpp>

using namespace newsgraph::core;

TEST_CASE("entity type identifiers round-trip", "[model]")
{
    for (auto t : allEntityTypes)
        CHECK(entityTypeFromString(toString(t)) == t);
    CHECK(toString(EntityType::Government) == "government");
    CHECK_FALSE(entityTypeFromString("organisation").has_value());
}

TEST_CASE("relation type identifiers round-trip", "[model]")
{
    for (auto t : allRelationTypes)
        CHECK(relationTypeFromString(toString(t)) == t);
    CHECK(isSymmetric(RelationType::PartnersWith));
    CHECK(isSymmetric(RelationType::CompetesWith));
    CHECK(isSymmetric(RelationType::MentionedWith));
    CHECK_FALSE(isSymmetric(RelationType::InvestsIn));
    CHECK(isMoneyRelation(RelationType::Funds));
}
