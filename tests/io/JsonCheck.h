// A strict little JSON syntax checker for tests (RFC 8259 grammar, no value building).
#pragma once

#include <string_view>

namespace newsgraph::core::testing {

// True when `text` is exactly one JSON value with optional surrounding whitespace, every string
// is valid UTF-8 without raw control characters.
bool isValidJson(std::string_view text);

} // namespace newsgraph::core::testing
