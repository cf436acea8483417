// The interface every export format implements: one stream, or the file(s) beside a path.
#pragma once

#include "model/Error.h"
#include "model/GraphData.h"

#include <filesystem>
#include <functional>
#include <ostream>
#include <vector>

namespace newsgraph::core {

class Exporter
{
public:
    virtual ~Exporter() = default;

    // The whole document on one stream (standard output). Same data -> same bytes.
    virtual void write(const GraphData& data, std::ostream& out) const = 0;

    // Writes `path` (and any companion files a format needs, such as CSV's edge table) and returns
    // every file written. Errors name the file that could not be written.
    virtual Result<std::vector<std::filesystem::path>> writeFiles(const GraphData& data,
                                                                  const std::filesystem::path& path) const;
};

// Opens `path` for binary writing, runs `write`, and reports open/write failures by file name.
Result<void> writeFileWith(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write);

} // namespace newsgraph::core
