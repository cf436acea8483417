// newsgraph-cli search: entity lookup by any spelling ("sakana", "사카나", "Sakana AI", "ㅅㅋㄴ").
#include "ArgumentParser.h"
#include "CliOutput.h"
#include "Commands.h"
#include "StoreAccess.h"

#include <iostream>

namespace newsgraph::cli {

int runSearchCommand(std::span<const std::string> args)
{
    ArgumentParser parser("search",
                          "Finds entities by name or alias: exact, prefix, romanised Hangul or initial consonants.\n"
                          "Prints one tab-separated line per hit: id, name, type, matched alias.",
                          "--db FILE [--limit N] QUERY...");
    parser.option("--db", "FILE", "database file", true)
        .option("--limit", "N", "at most N hits (default 20)")
        .positionals("QUERY...", 1, static_cast<std::size_t>(-1), "words of the name (joined with spaces)")
        .epilog("Exit status: 0 when something matched, 1 when nothing did.");
    auto parsed = parseOrReport(parser, args);
    if (!parsed)
        return parsed.error();
    const auto limit = parsed->integer("--limit", 20, 1, 100000);
    if (!limit)
        return usageError(parser.command(), limit.error().message);

    std::string query;
    for (const auto& word : parsed->positionals())
        query += (query.empty() ? "" : " ") + word;

    auto store = openStoreForReading(*parsed->value("--db"));
    if (!store)
        return reportError(store.error().message);
    const auto hits = (*store)->searchEntities(query, static_cast<std::size_t>(*limit));
    if (!hits)
        return reportError(hits.error().message);
    if (hits->empty()) {
        std::cerr << programName << ": no entity matches '" << query << "'\n";
        return exitFailure;
    }
    for (const auto& hit : *hits) {
        std::cout << 'e' << hit.entity << '\t' << hit.name << '\t' << core::toString(hit.type);
        if (!hit.matchedAlias.empty() && hit.matchedAlias != hit.name)
            std::cout << '\t' << hit.matchedAlias;
        std::cout << '\n';
    }
    return exitOk;
}

} // namespace newsgraph::cli
