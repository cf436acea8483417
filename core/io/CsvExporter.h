// CSV (RFC 4180) node and edge tables with Gephi's column names (Id, Label, Source, Target, Type).
#pragma once

#include "io/Exporter.h"

#include <string>
#include <string_view>

namespace newsgraph::core {

class CsvExporter : public Exporter
{
public:
    // One stream: the node table, an empty line, then the edge table.
    void write(const GraphData& data, std::ostream& out) const override;
    // `path` gets the node table and "<stem>-edges.csv" beside it the edge table.
    Result<std::vector<std::filesystem::path>> writeFiles(const GraphData& data,
                                                          const std::filesystem::path& path) const override;

    void writeNodes(const GraphData& data, std::ostream& out) const;
    void writeEdges(const GraphData& data, std::ostream& out) const;

    // "graph.csv" -> "graph-edges.csv"; "graph" -> "graph-edges.csv".
    static std::filesystem::path edgesPath(const std::filesystem::path& nodesPath);
};

// A field quoted only when it needs to be (comma, quote, CR or LF), quotes doubled.
std::string csvField(std::string_view text);

} // namespace newsgraph::core
