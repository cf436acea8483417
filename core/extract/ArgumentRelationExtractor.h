// Relations from trigger words and Korean argument structure: subject (이/가/은/는), object (을/를),
// target (에/와/과), source (에서/로부터), genitive; active, passive (받다/되다/유치) and relative clauses.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"
#include "extract/TriggerReading.h"

#include <vector>

namespace newsgraph::core {

class ArgumentRelationExtractor
{
public:
    void extract(const ArgumentStructure& structure, const SentenceContext& context,
                 std::vector<RelationCandidate>& out) const;

private:
    void extractTriggers(const ArgumentStructure& structure, const SentenceContext& context,
                         std::vector<RelationCandidate>& out) const;
    // Finds the arguments of one trigger reading and emits its relations.
    void readArguments(const ArgumentStructure& structure, const SentenceContext& context, const TriggerReading& reading,
                       std::vector<RelationCandidate>& out) const;
};

} // namespace newsgraph::core
