// Sites named down to the district: "서울 서초구 양재동에 본사를 둔" places the firm in 서초구 as well as 서울.
#pragma once

#include "extract/ArgumentSlots.h"

namespace newsgraph::core {

// The places a located_in or office_in relation goes to: the place broadestPlace means (the city of an
// address), plus the district (구/군) the address names when that is another argument. Readers ask for
// the district ("강남구에 있는 회사"), and the city alone loses it.
Args sitePlaces(const ArgumentStructure& structure, const Args& targets);

} // namespace newsgraph::core
