#include "layout/LayoutKind.h"

#include <array>
#include <utility>

namespace newsgraph::ui {

namespace {
constexpr std::array<std::pair<LayoutKind, std::string_view>, 4> names{{
    {LayoutKind::Force, "force"},
    {LayoutKind::Circular, "circular"},
    {LayoutKind::Grouped, "grouped"},
    {LayoutKind::Radial, "radial"},
}};
} // namespace

std::string_view toString(LayoutKind kind)
{
    for (const auto& [k, name] : names)
        if (k == kind)
            return name;
    return "force";
}

std::optional<LayoutKind> layoutKindFromString(std::string_view name)
{
    for (const auto& [k, n] : names)
        if (n == name)
            return k;
    return std::nullopt;
}

} // namespace newsgraph::ui
