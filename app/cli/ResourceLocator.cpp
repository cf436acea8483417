// /proc/self/exe is the reliable way to find the executable on Linux (argv[0] may be a bare name).
#include "ResourceLocator.h"

#include <cstdlib>
#include <system_error>

namespace newsgraph::cli {

using core::Error;
using core::fail;

core::Result<std::filesystem::path> locateResources(const std::optional<std::string>& option)
{
    std::error_code ec;
    if (option) {
        if (!std::filesystem::is_directory(*option, ec))
            return fail(Error::Kind::NotFound, *option + ": resources folder not found (--resources)");
        return std::filesystem::path(*option);
    }
    if (const char* env = std::getenv("NEWSGRAPH_RESOURCES"); env && *env) {
        if (!std::filesystem::is_directory(env, ec))
            return fail(Error::Kind::NotFound, std::string(env) + ": resources folder not found (NEWSGRAPH_RESOURCES)");
        return std::filesystem::path(env);
    }
    std::string tried;
#ifdef NEWSGRAPH_DEFAULT_RESOURCES_DIR
    const std::filesystem::path built = NEWSGRAPH_DEFAULT_RESOURCES_DIR;
    if (std::filesystem::is_directory(built, ec))
        return built;
    tried += built.string() + ", ";
#endif
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = executable.parent_path().parent_path() / "share" / "newsgraph";
        if (std::filesystem::is_directory(installed, ec))
            return installed;
        tried += installed.string();
    }
    return fail(Error::Kind::NotFound,
                "resources folder not found (tried " + tried + "); use --resources DIR or set NEWSGRAPH_RESOURCES");
}

} // namespace newsgraph::cli
