// Relations stated by an English verb or noun trigger: active, passive ("acquired by"), funding rounds
// ("raised $N from X, led by Y") and symmetric ones ("partnered with").
#pragma once

#include "extract/english/EnglishClause.h"
#include "extract/english/EnglishRelationSink.h"

namespace newsgraph::core {

void addTriggerRelations(const EnglishClause& clause, EnglishRelationSink& sink);

} // namespace newsgraph::core
