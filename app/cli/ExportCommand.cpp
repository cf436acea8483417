// newsgraph-cli export: the stored graph (optionally filtered) as json, graphml, gexf, dot or csv.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "StoreAccess.h"

#include "graph/GraphFilter.h"
#include "io/CsvExporter.h"
#include "io/ExportFormat.h"

#include <iostream>

namespace newsgraph::cli {
namespace {

using core::Error;
using core::fail;

ArgumentParser makeParser()
{
    ArgumentParser parser("export",
                          "Writes the graph with curation applied. Same database -> byte-identical output.\n"
                          "csv with --out F writes F (nodes) and F's name with -edges.csv (edges); on stdout\n"
                          "the two tables are separated by an empty line.",
                          "--db FILE [--format FORMAT] [--out FILE] [filters]");
    parser.option("--db", "FILE", "database file", true)
        .option("--format", "FORMAT", "json (default), graphml, gexf, dot or csv")
        .option("--out", "FILE", "output file (default: standard output; format guessed from its extension)")
        .flag("--include-rejected", "also export relations a reviewer rejected");
    addFilterOptions(parser);
    parser.epilog("example: newsgraph-cli export --db news.db --format gexf --relation-types invests_in,funds "
                  "--out money.gexf");
    return parser;
}

core::Result<core::ExportFormat> formatFrom(const ParsedArguments& args)
{
    if (const auto name = args.value("--format")) {
        if (const auto format = core::exportFormatFromString(*name))
            return *format;
        return fail(Error::Kind::InvalidInput, "unknown format '" + *name + "' (json, graphml, gexf, dot, csv)");
    }
    if (const auto out = args.value("--out")) {
        const std::string extension = std::filesystem::path(*out).extension().string();
        if (extension.size() > 1)
            if (const auto format = core::exportFormatFromString(extension.substr(1)))
                return *format;
    }
    return core::ExportFormat::Json;
}

} // namespace

int runExportCommand(std::span<const std::string> args)
{
    const ArgumentParser parser = makeParser();
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto format = formatFrom(*parsed);
    if (!format)
        return usageError(parser.command(), format.error().message);
    const auto filter = filterFromArguments(*parsed);
    if (!filter)
        return usageError(parser.command(), filter.error().message);

    auto store = openStoreForReading(*parsed->value("--db"));
    if (!store)
        return reportError(store.error().message);
    auto graph = (*store)->loadGraph(parsed->has("--include-rejected"));
    if (!graph)
        return reportError(graph.error().message);
    // An unfiltered export is exactly what the store holds; the filter only runs when asked for.
    const core::GraphData data = *filter == core::GraphFilter{} ? std::move(*graph) : core::applyFilter(*graph, *filter);

    const auto exporter = core::makeExporter(*format);
    if (const auto out = parsed->value("--out")) {
        const auto written = exporter->writeFiles(data, *out);
        if (!written)
            return reportError(written.error().message);
        for (const auto& path : *written)
            std::cerr << "wrote " << path.string() << '\n';
    } else {
        exporter->write(data, std::cout);
        std::cout.flush();
        if (!std::cout)
            return reportError("standard output: write failed");
    }
    std::cerr << data.entities.size() << " entities, " << data.relations.size() << " relations\n";
    return exitOk;
}

} // namespace newsgraph::cli
