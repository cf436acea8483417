// The export formats by name, and the factory that makes an exporter for one.
#pragma once

#include "io/Exporter.h"

#include <array>
#include <memory>
#include <optional>
#include <string_view>

namespace newsgraph::core {

enum class ExportFormat { Json, GraphMl, Gexf, Dot, Csv };

inline constexpr std::array allExportFormats{ExportFormat::Json, ExportFormat::GraphMl, ExportFormat::Gexf,
                                             ExportFormat::Dot, ExportFormat::Csv};

// "json", "graphml", "gexf", "dot", "csv".
std::string_view toString(ExportFormat format);
std::optional<ExportFormat> exportFormatFromString(std::string_view name); // case-insensitive
// ".json", ".graphml", ".gexf", ".dot", ".csv".
std::string_view fileExtension(ExportFormat format);

std::unique_ptr<Exporter> makeExporter(ExportFormat format);

} // namespace newsgraph::core
