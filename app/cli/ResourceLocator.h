// Finds the resources folder (lexicon, models): --resources, $NEWSGRAPH_RESOURCES, build default, install.
#pragma once

#include "model/Error.h"

#include <filesystem>
#include <optional>
#include <string>

namespace newsgraph::cli {

// Order: the --resources option, the NEWSGRAPH_RESOURCES environment variable, the source tree's
// resources/ compiled in as NEWSGRAPH_DEFAULT_RESOURCES_DIR, then ../share/newsgraph beside the
// executable. An explicitly given folder that does not exist is an error, not a fallback.
core::Result<std::filesystem::path> locateResources(const std::optional<std::string>& option);

} // namespace newsgraph::cli
