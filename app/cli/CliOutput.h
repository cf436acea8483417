// Exit codes and the one-line message formats every newsgraph-cli command uses.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::cli {

inline constexpr std::string_view programName = "newsgraph-cli";

inline constexpr int exitOk = 0;
inline constexpr int exitFailure = 1; // the work failed (bad file, bad database, nothing found)
inline constexpr int exitUsage = 2;   // the command line was wrong

// "newsgraph-cli: <message>" on stderr; returns exitFailure.
int reportError(const std::string& message);
// "newsgraph-cli <command>: <message>" and a --help hint on stderr; returns exitUsage.
int usageError(const std::string& command, const std::string& message);

} // namespace newsgraph::cli
