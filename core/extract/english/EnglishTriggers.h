// English words that state a relation, and how each finds its two arguments in the clause.
#pragma once

#include "model/RelationType.h"

#include <optional>
#include <string_view>

namespace newsgraph::core {

enum class TriggerShape {
    SubjectObject, // "X acquired Y", "X invested in Y": subject -> object (after the preposition, if any)
    ObjectSubject, // "X owns Y", "X spun off Y": object -> subject
    Raise,         // "Y raised $N from X, led by Z": the investors after from/by/including -> subject
    Symmetric,     // "X partnered with Y", "X and Y signed an agreement"
};

struct EnglishTrigger
{
    RelationType type = RelationType::MentionedWith;
    TriggerShape shape = TriggerShape::SubjectObject;
    std::string_view preposition; // "" for a direct object
    std::string_view role;        // works_for role the verb implies ("head" for "heads")
    bool past = false;            // "left X": no longer
    bool noun = false;            // "investment", "acquisition": also read as "X's investment in Y"
};

// The trigger a lower-case word is, if any. "led" is no trigger here: it is read with funding rounds.
std::optional<EnglishTrigger> findEnglishTrigger(std::string_view lower);

// "acquired", "founded", "backed", "owned": a participle that takes "by" for its agent in a passive.
bool takesPassiveAgent(std::string_view lower);

} // namespace newsgraph::core
