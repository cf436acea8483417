// newsgraph-cli stats: table counts plus entities and relations per type and the most mentioned names.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "StoreAccess.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>

namespace newsgraph::cli {
namespace {

void row(std::string_view label, std::size_t value)
{
    std::cout << "  " << std::left << std::setw(16) << label << std::right << std::setw(8) << value << '\n';
}

} // namespace

int runStatsCommand(std::span<const std::string> args)
{
    ArgumentParser parser("stats", "Counts what a database holds.", "--db FILE [--top N]");
    parser.option("--db", "FILE", "database file", true)
        .option("--top", "N", "list the N most mentioned entities (default 10)");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto top = parsed->integer("--top", 10, 0, 100000);
    if (!top)
        return usageError(parser.command(), top.error().message);

    auto store = openStoreForReading(*parsed->value("--db"));
    if (!store)
        return reportError(store.error().message);
    const auto stats = (*store)->stats();
    if (!stats)
        return reportError(stats.error().message);
    const auto graph = (*store)->loadGraph();
    if (!graph)
        return reportError(graph.error().message);

    std::cout << "database " << (*store)->path().string() << '\n';
    row("articles", stats->articles);
    row("sentences", stats->sentences);
    row("entities", stats->entities);
    row("aliases", stats->aliases);
    row("mentions", stats->mentions);
    row("relations", stats->relations);
    row("evidence", stats->evidence);
    row("curation edits", stats->curationEdits);

    std::map<core::EntityType, std::size_t> entityTypes;
    for (const auto& entity : graph->entities)
        ++entityTypes[entity.type];
    std::cout << "entities by type\n";
    for (const auto type : core::allEntityTypes)
        if (entityTypes[type] > 0)
            row(core::toString(type), entityTypes[type]);

    std::map<core::RelationType, std::size_t> relationTypes;
    for (const auto& relation : graph->relations)
        ++relationTypes[relation.type];
    std::cout << "relations by type\n";
    for (const auto type : core::allRelationTypes)
        if (relationTypes[type] > 0)
            row(core::toString(type), relationTypes[type]);

    std::vector<const core::EntityRecord*> ranked;
    for (const auto& entity : graph->entities)
        ranked.push_back(&entity);
    std::ranges::stable_sort(ranked, [](const auto* a, const auto* b) { return a->mentions > b->mentions; });
    if (*top > 0 && !ranked.empty()) {
        std::cout << "most mentioned\n";
        for (std::size_t i = 0; i < ranked.size() && i < static_cast<std::size_t>(*top); ++i)
            std::cout << "  " << std::setw(5) << ranked[i]->mentions << "  " << ranked[i]->name << " ("
                      << core::toString(ranked[i]->type) << ")\n";
    }
    return exitOk;
}

} // namespace newsgraph::cli
