// Table-driven checks for relation tests: each sentence must (or must not) yield one relation.
#pragma once

#include "ExtractionTestSupport.h"

#include <catch2/catch.hpp>

#include <initializer_list>

namespace newsgraph::core::testing {

struct RelationCase {
    const char* sentence;
    const char* source;
    const char* target;
};

inline void expectAll(RelationType type, std::initializer_list<RelationCase> cases)
{
    for (const RelationCase& c : cases) {
        const Extraction x = extractText(c.sentence);
        INFO(c.sentence << "\n" << describeRelations(x));
        CHECK(hasRelation(x, type, c.source, c.target));
    }
}

inline void expectNone(RelationType type, std::initializer_list<RelationCase> cases)
{
    for (const RelationCase& c : cases) {
        const Extraction x = extractText(c.sentence);
        INFO(c.sentence << "\n" << describeRelations(x));
        CHECK_FALSE(hasRelation(x, type, c.source, c.target));
    }
}

} // namespace newsgraph::core::testing
