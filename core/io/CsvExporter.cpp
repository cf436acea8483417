// Records end with CRLF as RFC 4180 asks; spreadsheet programs and Python's csv module accept it.
#include "io/CsvExporter.h"

#include "io/ExportView.h"
#include "io/NumberFormat.h"
#include "io/Utf8Repair.h"

#include <initializer_list>

namespace newsgraph::core {

std::string csvField(std::string_view text)
{
    const std::string valid = repairUtf8(text);
    if (valid.find_first_of(",\"\r\n") == std::string::npos)
        return valid;
    std::string out = "\"";
    for (const char c : valid) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

namespace {

void record(std::ostream& out, std::initializer_list<std::string_view> fields)
{
    bool first = true;
    for (const auto field : fields) {
        if (!first)
            out << ',';
        first = false;
        out << csvField(field);
    }
    out << "\r\n";
}

} // namespace

void CsvExporter::writeNodes(const GraphData& data, std::ostream& out) const
{
    const ExportView view(data);
    record(out, {"Id", "Label", "type", "aliases", "mentions", "articles"});
    for (const EntityRecord* entity : view.entities()) {
        std::string aliases;
        for (const auto& alias : entity->aliases) {
            if (alias == entity->name)
                continue;
            aliases += aliases.empty() ? "" : "|";
            aliases += alias;
        }
        record(out, {entityRef(entity->id), entity->name, toString(entity->type), aliases,
                     std::to_string(entity->mentions), std::to_string(entity->articles.size())});
    }
}

void CsvExporter::writeEdges(const GraphData& data, std::ostream& out) const
{
    const ExportView view(data);
    record(out, {"Id", "Source", "Target", "Type", "Label", "Weight", "relation", "review", "amount", "currency",
                 "date", "articles", "sentence"});
    for (const ExportRelation& relation : view.relations()) {
        const RelationSummary summary = view.summarize(relation);
        record(out, {relationRef(relation.record->id), entityRef(relation.source), entityRef(relation.target),
                     isSymmetric(relation.type()) ? "Undirected" : "Directed", englishLabel(relation.type()),
                     std::to_string(relation.weight()), toString(relation.type()), toString(relation.record->review),
                     summary.amount ? formatNumber(summary.amount->value) : "",
                     summary.amount ? summary.amount->currency : "", summary.date, summary.articles,
                     summary.sentence});
    }
}

void CsvExporter::write(const GraphData& data, std::ostream& out) const
{
    writeNodes(data, out);
    out << "\r\n";
    writeEdges(data, out);
}

std::filesystem::path CsvExporter::edgesPath(const std::filesystem::path& nodesPath)
{
    std::filesystem::path edges = nodesPath;
    if (edges.extension() == ".csv" || edges.extension() == ".CSV")
        edges.replace_extension();
    edges += "-edges.csv";
    return edges;
}

Result<std::vector<std::filesystem::path>> CsvExporter::writeFiles(const GraphData& data,
                                                                    const std::filesystem::path& path) const
{
    const std::filesystem::path edges = edgesPath(path);
    if (auto written = writeFileWith(path, [&](std::ostream& out) { writeNodes(data, out); }); !written)
        return std::unexpected(written.error());
    if (auto written = writeFileWith(edges, [&](std::ostream& out) { writeEdges(data, out); }); !written)
        return std::unexpected(written.error());
    return std::vector<std::filesystem::path>{path, edges};
}

} // namespace newsgraph::core
