// A named product modifying the kind noun of an object: "엔비디아의 H100 그래픽처리장치(GPU)를 활용한다".
#pragma once

#include "extract/ArgumentSlots.h"

namespace newsgraph::core {

// The product named right before the head noun of the object phrase of the verb at `trigger`, when that
// noun (or its gloss in parentheses) is a kind of product: what is used or made is the named product.
Args productBeforeKindNoun(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger);

} // namespace newsgraph::core
