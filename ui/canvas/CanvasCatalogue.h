// The stored graph's canvas data, computed once, from which each filtered view's CanvasGraph is assembled.
#pragma once

#include "canvas/CanvasGraph.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace newsgraph::ui {

// A filter change shows a subset of the stored graph. Decoding 20,000 labels, hashing every edge
// end and scanning the evidence of 60,000 relations for amounts again on every change cost the
// GUI thread 10-25 ms at that size; here that work is done once per stored graph, and a filtered
// view (a subsequence of the stored entities and relations, both sorted by id) is assembled by
// walking both in step.
class CanvasCatalogue
{
public:
    CanvasCatalogue() = default;
    explicit CanvasCatalogue(std::shared_ptr<const core::GraphData> stored);

    // The stored graph this catalogue describes (null when empty).
    const core::GraphData* stored() const { return stored_.get(); }

    // The canvas graph of `shown`, which must be derived from stored() (a filtered copy or the
    // stored graph itself). Nothing when `shown` holds an entity or relation the stored graph lacks;
    // relations whose evidence the filter trimmed get their counts and amounts from what is shown.
    std::optional<CanvasGraph> assemble(const core::GraphData& shown) const;

private:
    std::shared_ptr<const core::GraphData> stored_;
    std::vector<QString> labels_;
    std::vector<std::int32_t> sourceAt_, targetAt_; // relation ends as stored entity positions, -1 unknown
    std::vector<CanvasEdge> edges_;                 // per stored relation; source and target unset
};

} // namespace newsgraph::ui
