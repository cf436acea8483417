// stderr for diagnostics so that stdout stays clean for exports and search results.
#include "CliOutput.h"

#include <iostream>

namespace newsgraph::cli {

int reportError(const std::string& message)
{
    std::cerr << programName << ": " << message << '\n';
    return exitFailure;
}

int usageError(const std::string& command, const std::string& message)
{
    const std::string prefix = command.empty() ? std::string(programName) : std::string(programName) + " " + command;
    std::cerr << prefix << ": " << message << "\nTry '" << prefix << " --help'.\n";
    return exitUsage;
}

} // namespace newsgraph::cli
