// Entry points of the newsgraph-cli commands and the table main() dispatches on.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::cli {

// Each command gets the arguments after its name and returns the process exit status.
using CommandFunction = int (*)(std::span<const std::string> args);

struct Command {
    std::string_view name;
    std::string_view summary;
    CommandFunction run;
};

const std::vector<Command>& commandTable();
const Command* findCommand(std::string_view name);

int runIngestCommand(std::span<const std::string> args);
int runExportCommand(std::span<const std::string> args);
int runStatsCommand(std::span<const std::string> args);
int runSearchCommand(std::span<const std::string> args);
int runPathCommand(std::span<const std::string> args);
int runBenchCommand(std::span<const std::string> args);
int runTrainNerCommand(std::span<const std::string> args);
int runNerCommand(std::span<const std::string> args);
#ifdef NEWSGRAPH_CLI_WITH_GUI
// Need Qt (ui/): built only with NEWSGRAPH_BUILD_GUI.
int runRenderCommand(std::span<const std::string> args);
int runBenchGuiCommand(std::span<const std::string> args);
#endif

// Top-level "--help" / "help [COMMAND]" and "--version".
int runTopLevel(std::span<const std::string> args);

} // namespace newsgraph::cli
