// The BIO tag set over the six KLUE entity types and which tag may follow which.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core::ner {

inline constexpr std::array<std::string_view, 6> entityLabels{"PS", "LC", "OG", "DT", "TI", "QT"};
inline constexpr int tagCount = 1 + 2 * static_cast<int>(entityLabels.size()); // O, then B-X, I-X per type

// Tag 0 is O; type k has B = 1 + 2k and I = 2 + 2k.
constexpr int beginTag(int type) { return 1 + 2 * type; }
constexpr int insideTag(int type) { return 2 + 2 * type; }
constexpr bool isBegin(int tag) { return tag > 0 && tag % 2 == 1; }
constexpr bool isInside(int tag) { return tag > 0 && tag % 2 == 0; }
constexpr int typeOf(int tag) { return tag == 0 ? -1 : (tag - 1) / 2; }

// BIO well-formedness: I-X only continues B-X or I-X; a sentence cannot start inside an entity.
constexpr bool transitionAllowed(int from, int to)
{
    if (!isInside(to))
        return true;
    return from >= 0 && from != 0 && typeOf(from) == typeOf(to);
}
constexpr bool startAllowed(int tag) { return !isInside(tag); }

std::string tagName(int tag);                            // "O", "B-PS", "I-PS", ...
std::optional<int> tagFromName(std::string_view name);   // accepts the KLUE spellings; nullopt when unknown
std::optional<int> entityTypeIndex(std::string_view label); // "PS" -> 0

} // namespace newsgraph::core::ner
