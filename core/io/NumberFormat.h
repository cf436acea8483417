// Deterministic, locale-independent number text for exports ("100000000", "0.8", "1.5e+20").
#pragma once

#include <string>

namespace newsgraph::core {

// Integral values up to 2^53 print without a fraction ("100000000", not "1e+08" or "100000000.0");
// other values use the shortest text that reads back to the same double. Non-finite values give "".
std::string formatNumber(double value);

} // namespace newsgraph::core
