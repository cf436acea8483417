// The program's own options: --help, --version, and "help COMMAND" as a synonym for "COMMAND --help".
#include "CliOutput.h"
#include "Commands.h"

#include <iostream>

#ifndef NEWSGRAPH_VERSION
#define NEWSGRAPH_VERSION "unknown"
#endif

namespace newsgraph::cli {
namespace {

void printOverview(std::ostream& out)
{
    out << "usage: " << programName << " COMMAND [options]\n\n"
              << "Builds a knowledge graph of entities and relations from news articles (Korean first),\n"
              << "stores it in SQLite and exports it.\n\ncommands:\n";
    for (const auto& command : commandTable()) {
        std::string name(command.name);
        name.resize(std::max<std::size_t>(name.size() + 1, 12), ' ');
        out << "  " << name << command.summary << '\n';
    }
    out << "\noptions:\n"
              << "  -h, --help  show this help (or: " << programName << " COMMAND --help)\n"
              << "  --version   print the version\n\n"
              << "example:\n  " << programName << " ingest --db news.db resources/corpus\n  " << programName
              << " export --db news.db --format graphml --out news.graphml\n";
}

} // namespace

int runTopLevel(std::span<const std::string> args)
{
    if (args.empty()) {
        printOverview(std::cerr);
        return exitUsage;
    }
    const std::string& first = args[0];
    if (first == "--version" || first == "-V") {
        std::cout << programName << ' ' << NEWSGRAPH_VERSION << '\n';
        return exitOk;
    }
    if (first == "--help" || first == "-h") {
        printOverview(std::cout);
        return exitOk;
    }
    if (first == "help") {
        if (args.size() == 1) {
            printOverview(std::cout);
            return exitOk;
        }
        if (const Command* command = findCommand(args[1])) {
            const std::string help = "--help";
            return command->run(std::span<const std::string>(&help, 1));
        }
        return usageError("", "unknown command '" + args[1] + "'");
    }
    return usageError("", first.starts_with("-") ? "unknown option '" + first + "'"
                                                 : "unknown command '" + first + "'");
}

} // namespace newsgraph::cli
