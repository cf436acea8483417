// GraphML with declared keys, readable by networkx.read_graphml, Gephi, yEd and Cytoscape.
#pragma once

#include "io/Exporter.h"

namespace newsgraph::core {

class GraphMlExporter : public Exporter
{
public:
    void write(const GraphData& data, std::ostream& out) const override;
};

} // namespace newsgraph::core
