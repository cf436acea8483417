// What the passage is about: the organisation and person "이 회사", "이 스타트업", "그는" refer to.
#pragma once

#include "extract/ArgumentStructure.h"

#include <optional>
#include <vector>

namespace newsgraph::core {

class DiscourseFocus
{
public:
    std::optional<std::size_t> organisation() const { return organisation_; }
    std::optional<std::size_t> person() const { return person_; }

    // Adds "이 회사는", "이 스타트업은", "해당 기업", "그는", "이 모델을" as arguments standing for the current focus.
    void addAnaphors(ArgumentStructure& structure, const std::vector<ExtractedEntity>& entities) const;
    // After a body sentence: organisations and people in subject or topic position become the focus; the last
    // product named becomes the product focus.
    void update(const ArgumentStructure& structure);

private:
    std::optional<std::size_t> organisation_;
    std::optional<std::size_t> person_;
    std::optional<std::size_t> product_; // the product named last ("이 모델을 도입했다")
};

} // namespace newsgraph::core
