// Binary mode so that the bytes written are the bytes generated (no newline translation anywhere).
#include "io/Exporter.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace newsgraph::core {

Result<void> writeFileWith(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return fail(Error::Kind::Io, path.string() + ": cannot write (" + std::strerror(errno) + ")");
    write(out);
    out.flush();
    if (!out)
        return fail(Error::Kind::Io, path.string() + ": write failed (disk full?)");
    return {};
}

Result<std::vector<std::filesystem::path>> Exporter::writeFiles(const GraphData& data,
                                                                 const std::filesystem::path& path) const
{
    auto written = writeFileWith(path, [&](std::ostream& out) { write(data, out); });
    if (!written)
        return std::unexpected(written.error());
    return std::vector<std::filesystem::path>{path};
}

} // namespace newsgraph::core
