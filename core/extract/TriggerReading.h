// How one trigger word in a sentence reads: its predicate token, voice, the noun a relative clause on it
// modifies, its clause, and the relation type and slots it takes there (after the trigger's own checks).
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/TriggerTable.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace newsgraph::core {

struct TriggerReading {
    const Trigger* trigger = nullptr;
    std::size_t at = 0;          // the token starting with the trigger word
    std::size_t predicate = 0;   // the token carrying the verb ending ("투자를 받았다": 받았다)
    Continuation continuation = Continuation::Bare;
    bool passive = false;        // the subject is the relation's target ("투자받은", "X의 지원을 받아")
    bool adnominal = false;      // "투자한 [Y]": the verb modifies the noun after it
    const Argument* head = nullptr; // that noun, when it is a name
    bool frontedBacking = false;  // "X의 지원 속에 [Y는]": the one backed may follow the phrase
    std::pair<std::size_t, std::size_t> clause;
    RelationType type = RelationType::MentionedWith;
    Slot slot = Slot::None;
    Slot alternative = Slot::None;
};

// Nothing when the word only looks like the trigger ("투자자", "열" as a number) or the trigger's
// conditions fail (a funding noun, an office noun, a holding verb, money raised for 유치).
std::optional<TriggerReading> readTrigger(const ArgumentStructure& s, std::size_t at, const Trigger& trigger);

} // namespace newsgraph::core
