// Graph filter options (--entity-types, --relation-types, --from, ...) shared by several commands.
#pragma once

#include "ArgumentParser.h"

#include "graph/GraphFilter.h"

namespace newsgraph::cli {

void addFilterOptions(ArgumentParser& parser);
// A usage error names the option and the bad value.
core::Result<core::GraphFilter> filterFromArguments(const ParsedArguments& args);

} // namespace newsgraph::cli
