// Display labels for the ontology's types, in Korean or English after the user's language.
#pragma once

#include "model/EntityType.h"
#include "model/RelationType.h"

#include <QString>

namespace newsgraph::ui {

// Korean labels when the label-language preference (or, when unset, the system locale) is Korean;
// decided once per run.
bool useKoreanLabels();
QString entityTypeLabel(core::EntityType type);
QString relationTypeLabel(core::RelationType type);

} // namespace newsgraph::ui
