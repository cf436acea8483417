// One table of names keeps parsing, help text and the factory in agreement.
#include "io/ExportFormat.h"

#include "io/CsvExporter.h"
#include "io/DotExporter.h"
#include "io/GexfExporter.h"
#include "io/GraphMlExporter.h"
#include "io/JsonExporter.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace newsgraph::core {
namespace {

struct FormatInfo {
    ExportFormat format;
    std::string_view name, extension;
};
constexpr FormatInfo formatInfo[] = {
    {ExportFormat::Json, "json", ".json"}, {ExportFormat::GraphMl, "graphml", ".graphml"},
    {ExportFormat::Gexf, "gexf", ".gexf"}, {ExportFormat::Dot, "dot", ".dot"},
    {ExportFormat::Csv, "csv", ".csv"},
};

} // namespace

std::string_view toString(ExportFormat format) { return formatInfo[static_cast<int>(format)].name; }
std::string_view fileExtension(ExportFormat format) { return formatInfo[static_cast<int>(format)].extension; }

std::optional<ExportFormat> exportFormatFromString(std::string_view name)
{
    std::string lower(name);
    std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "gv")
        return ExportFormat::Dot;
    for (const auto& info : formatInfo)
        if (info.name == lower)
            return info.format;
    return std::nullopt;
}

std::unique_ptr<Exporter> makeExporter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Json: return std::make_unique<JsonExporter>();
    case ExportFormat::GraphMl: return std::make_unique<GraphMlExporter>();
    case ExportFormat::Gexf: return std::make_unique<GexfExporter>();
    case ExportFormat::Dot: return std::make_unique<DotExporter>();
    case ExportFormat::Csv: return std::make_unique<CsvExporter>();
    }
    return nullptr;
}

} // namespace newsgraph::core
