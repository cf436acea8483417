#include "extract/ner/NerTagSet.h"

namespace newsgraph::core::ner {

std::string tagName(int tag)
{
    if (tag <= 0 || tag >= tagCount)
        return "O";
    return std::string(isBegin(tag) ? "B-" : "I-") + std::string(entityLabels[static_cast<std::size_t>(typeOf(tag))]);
}

std::optional<int> entityTypeIndex(std::string_view label)
{
    for (std::size_t k = 0; k < entityLabels.size(); ++k)
        if (entityLabels[k] == label)
            return static_cast<int>(k);
    return std::nullopt;
}

std::optional<int> tagFromName(std::string_view name)
{
    if (name == "O")
        return 0;
    if (name.size() < 3 || name[1] != '-' || (name[0] != 'B' && name[0] != 'I'))
        return std::nullopt;
    const auto type = entityTypeIndex(name.substr(2));
    if (!type)
        return std::nullopt;
    return name[0] == 'B' ? beginTag(*type) : insideTag(*type);
}

} // namespace newsgraph::core::ner
