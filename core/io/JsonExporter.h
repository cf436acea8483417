// The JSON export of shared/docs/export-contract.md (read by shared/eval/score.py), plus articles and review.
#pragma once

#include "io/Exporter.h"

namespace newsgraph::core {

class JsonExporter : public Exporter
{
public:
    void write(const GraphData& data, std::ostream& out) const override;
};

} // namespace newsgraph::core
