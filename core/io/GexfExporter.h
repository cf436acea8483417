// GEXF 1.3 (Gephi's native format) with typed attributes and type colours.
#pragma once

#include "io/Exporter.h"

namespace newsgraph::core {

class GexfExporter : public Exporter
{
public:
    void write(const GraphData& data, std::ostream& out) const override;
};

} // namespace newsgraph::core
