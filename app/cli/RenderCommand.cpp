// newsgraph-cli render: the graph as PNG, SVG or PDF through the explorer's own renderer (no display needed).
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "FilterOptions.h"

#include "render/RenderRequest.h"
#include "views/RenderViewRequest.h"

#include <iostream>

namespace newsgraph::cli {
namespace {

ArgumentParser makeParser()
{
    ArgumentParser parser("render",
                          "Draws the stored graph with the explorer's renderer and writes PNG, SVG or PDF\n"
                          "(by the --out extension). Identical input gives a byte-identical PNG or SVG.",
                          "--db FILE --out FILE.png|svg|pdf [options] [filters]");
    parser.option("--db", "FILE", "database file", true)
        .option("--out", "FILE", "output image: .png, .svg or .pdf", true)
        .option("--view", "NAME", "draw a view saved in the explorer (its filter and layout)")
        .option("--focus", "NAME", "draw only this entity and its neighbourhood")
        .option("--hops", "N", "neighbourhood size around --focus (default 2)")
        .option("--layout", "KIND", "force (default), circular, grouped or radial")
        .option("--seed", "N", "layout seed (default 1)")
        .option("--width", "PX", "image width in pixels (default: --width-mm at --dpi)")
        .option("--width-mm", "MM", "physical width (default 180)")
        .option("--dpi", "N", "resolution (default 300, or 96 with --width)")
        .option("--title", "TEXT", "a title above the graph")
        .flag("--no-legend", "leave out the legend")
        .flag("--no-sources", "leave out the list of source articles")
        .flag("--transparent", "transparent background (PNG)");
    addFilterOptions(parser);
    parser.epilog("example: newsgraph-cli render --db news.db --out money.png --relation-types invests_in,funds "
                  "--focus 사카나AI --hops 2 --width-mm 180 --dpi 300");
    return parser;
}

} // namespace

int runRenderCommand(std::span<const std::string> args)
{
    const ArgumentParser parser = makeParser();
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    auto filter = filterFromArguments(*parsed);
    if (!filter)
        return usageError(parser.command(), filter.error().message);
    const auto hops = parsed->integer("--hops", 2, 0, 20);
    const auto seed = parsed->integer("--seed", 1, 0, 1LL << 62);
    const auto width = parsed->integer("--width", 0, 0, 50'000);
    const auto dpi = parsed->integer("--dpi", 0, 0, 2400);
    const auto widthMm = parsed->number("--width-mm", 180);
    for (const auto* value : {&hops, &seed, &width, &dpi})
        if (!*value)
            return usageError(parser.command(), value->error().message);
    if (!widthMm || *widthMm <= 0)
        return usageError(parser.command(), "--width-mm must be a positive number");
    const auto layout = ui::layoutKindFromString(parsed->valueOr("--layout", "force"));
    if (!layout)
        return usageError(parser.command(), "unknown layout '" + parsed->valueOr("--layout", "") +
                                                "' (force, circular, grouped, radial)");

    ui::RenderRequest request;
    request.database = *parsed->value("--db");
    request.output = *parsed->value("--out");
    request.filter = *filter;
    request.focusName = parsed->valueOr("--focus", "");
    request.hops = static_cast<int>(*hops);
    request.layout = *layout;
    request.seed = static_cast<std::uint64_t>(*seed);
    request.widthPx = static_cast<int>(*width);
    request.widthMm = *widthMm;
    request.dpi = static_cast<int>(*dpi);
    request.title = parsed->valueOr("--title", "");
    request.legend = !parsed->has("--no-legend");
    request.sources = !parsed->has("--no-sources");
    request.transparent = parsed->has("--transparent");
    if (const auto view = parsed->value("--view")) {
        auto viewRequest = ui::requestForView(request, *view);
        if (!viewRequest)
            return reportError(viewRequest.error().message);
        request = *viewRequest;
    }
    return ui::renderGraphToFile(request, std::cerr);
}

} // namespace newsgraph::cli
