// Graphviz DOT: quoted, escaped labels; nodes coloured by entity type, edges by relation type.
#pragma once

#include "io/Exporter.h"

#include <string>
#include <string_view>

namespace newsgraph::core {

class DotExporter : public Exporter
{
public:
    void write(const GraphData& data, std::ostream& out) const override;
};

// A DOT double-quoted string: backslash and quote escaped, line breaks as \n, quotes included.
std::string dotQuote(std::string_view text);

} // namespace newsgraph::core
