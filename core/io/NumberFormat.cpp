// std::to_chars is locale-independent and round-trips, unlike printf("%g") under a German locale.
#include "io/NumberFormat.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace newsgraph::core {

std::string formatNumber(double value)
{
    if (!std::isfinite(value))
        return {};
    char buffer[64];
    constexpr double exactIntegerLimit = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::fabs(value) <= exactIntegerLimit) {
        const auto integer = static_cast<std::int64_t>(value); // also turns -0.0 into 0
        auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, integer);
        return std::string(buffer, end);
    }
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, end);
}

} // namespace newsgraph::core
