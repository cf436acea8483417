// Relations stated by titles and affixes rather than verbs: "Arthur Mensch, chief executive of Mistral AI",
// "Microsoft CEO Satya Nadella", "co-founder Jane Doe", "Paris-based Mistral", "Nvidia-backed Mistral".
#pragma once

#include "extract/english/EnglishClause.h"
#include "extract/english/EnglishRelationSink.h"

namespace newsgraph::core {

void addRoleRelations(const EnglishClause& clause, EnglishRelationSink& sink);
void addAffixRelations(const EnglishClause& clause, EnglishRelationSink& sink);

} // namespace newsgraph::core
