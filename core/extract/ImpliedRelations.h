// Relations one sentence's trigger relations imply or rule out: a parent splitting a unit off did not found
// it, a founder's bare title is a title at the company founded, an employee's product is the employer's.
#pragma once

#include "extract/ArgumentStructure.h"
#include "extract/RelationCandidate.h"

#include <cstddef>
#include <vector>

namespace newsgraph::core {

// Adjusts and extends out[firstNew, end), the relations just found in this sentence.
void addImpliedRelations(const ArgumentStructure& structure, const SentenceContext& context, std::size_t firstNew,
                         std::vector<RelationCandidate>& out);

} // namespace newsgraph::core
