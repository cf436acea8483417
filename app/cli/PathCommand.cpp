// newsgraph-cli path: the shortest relation paths between two entities, each hop with its evidence.
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "StoreAccess.h"

#include "graph/KnowledgeGraph.h"

#include <charconv>
#include <iostream>
#include <map>

namespace newsgraph::cli {
namespace {

using core::EntityId;
using core::Error;
using core::fail;

// "e17" names an entity directly (as exports and search print it); anything else is searched.
core::Result<EntityId> resolveEntity(const core::GraphStore& store, const core::GraphData& graph,
                                     const std::string& name)
{
    if (name.size() > 1 && name[0] == 'e') {
        EntityId id = 0;
        const auto [end, ec] = std::from_chars(name.data() + 1, name.data() + name.size(), id);
        if (ec == std::errc() && end == name.data() + name.size() && graph.entity(id))
            return id;
    }
    const auto hits = store.searchEntities(name, 5);
    if (!hits)
        return std::unexpected(hits.error());
    for (const auto& hit : *hits)
        if (graph.entity(hit.entity)) // the graph omits entities curation removed
            return hit.entity;
    return fail(Error::Kind::NotFound, "no entity matches '" + name + "'");
}

std::string describe(const core::GraphData& graph, EntityId id)
{
    const auto* entity = graph.entity(id);
    return entity ? entity->name + " (" + std::string(core::toString(entity->type)) + ")" : "e" + std::to_string(id);
}

void printHop(const core::GraphData& graph, const std::map<core::RelationId, const core::RelationRecord*>& relations,
              const core::PathStep& step)
{
    const auto found = relations.find(step.relation);
    if (found == relations.end()) {
        std::cout << "  " << describe(graph, step.from) << " -- " << describe(graph, step.to) << '\n';
        return;
    }
    const core::RelationRecord& relation = *found->second;
    const std::string type(core::toString(relation.type));
    // Paths walk relations in either direction; the arrow shows what the relation itself says.
    const bool forward = core::isSymmetric(relation.type) || relation.source == step.from;
    std::cout << "  " << describe(graph, step.from)
              << (core::isSymmetric(relation.type) ? " <-[" + type + "]-> "
                                                   : forward ? " -[" + type + "]-> " : " <-[" + type + "]- ")
              << describe(graph, step.to) << '\n';
    if (relation.evidence.empty())
        return;
    const core::EvidenceRecord& evidence = relation.evidence.front();
    std::string date = evidence.date;
    const core::ArticleRecord* article = graph.article(evidence.article);
    if (date.empty() && article)
        date = article->publishedDate;
    std::string source = evidence.articleFile.empty() && article ? article->title : evidence.articleFile;
    std::cout << "      \"" << evidence.sentence << "\"\n      (" << source;
    if (!date.empty())
        std::cout << ", " << date;
    if (evidence.amount && !evidence.amount->asWritten.empty())
        std::cout << ", " << evidence.amount->asWritten;
    if (relation.evidence.size() > 1)
        std::cout << "; " << relation.evidence.size() - 1 << " more";
    std::cout << ")\n";
}

} // namespace

int runPathCommand(std::span<const std::string> args)
{
    ArgumentParser parser("path", "Shows the shortest chains of relations from A to B, with one evidence sentence\n"
                                  "per hop. Names are resolved like 'search' does; e17 names an entity by id.",
                          "--db FILE [options] A B");
    parser.option("--db", "FILE", "database file", true)
        .flag("--money-only", "follow invests_in, funds and acquires only")
        .flag("--include-mentions", "also follow the weak mentioned_with relations")
        .option("--max-paths", "N", "show at most N shortest paths (default 5)")
        .positionals("A B", 2, 2, "the two entities")
        .epilog("Exit status: 0 when a path was found, 1 when not (or a name matched nothing).");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto maxPaths = parsed->integer("--max-paths", 5, 1, 1000);
    if (!maxPaths)
        return usageError(parser.command(), maxPaths.error().message);

    auto store = openStoreForReading(*parsed->value("--db"));
    if (!store)
        return reportError(store.error().message);
    const auto graph = (*store)->loadGraph();
    if (!graph)
        return reportError(graph.error().message);
    const auto from = resolveEntity(**store, *graph, parsed->positionals()[0]);
    if (!from)
        return reportError(from.error().message);
    const auto to = resolveEntity(**store, *graph, parsed->positionals()[1]);
    if (!to)
        return reportError(to.error().message);

    if (*from == *to) {
        std::cout << describe(*graph, *from) << " is the same entity as " << describe(*graph, *to) << '\n';
        return exitOk;
    }
    core::PathOptions options;
    options.moneyOnly = parsed->has("--money-only");
    options.excludeMentionedWith = !parsed->has("--include-mentions");
    options.maxPaths = static_cast<std::size_t>(*maxPaths);
    const core::KnowledgeGraph knowledgeGraph(*graph);
    const auto paths = knowledgeGraph.shortestPaths(*from, *to, options);
    if (paths.empty()) {
        std::cerr << programName << ": no path from " << describe(*graph, *from) << " to " << describe(*graph, *to)
                  << (options.excludeMentionedWith ? " (try --include-mentions)" : "") << '\n';
        return exitFailure;
    }

    std::map<core::RelationId, const core::RelationRecord*> relations;
    for (const auto& relation : graph->relations)
        relations[relation.id] = &relation;
    std::cout << describe(*graph, *from) << " -> " << describe(*graph, *to) << ": " << paths.size()
              << (paths.size() == 1 ? " shortest path" : " shortest paths") << " of " << paths.front().size()
              << (paths.front().size() == 1 ? " hop\n" : " hops\n");
    for (std::size_t i = 0; i < paths.size(); ++i) {
        std::cout << "path " << i + 1 << ":\n";
        for (const auto& step : paths[i])
            printHop(*graph, relations, step);
    }
    return exitOk;
}

} // namespace newsgraph::cli
