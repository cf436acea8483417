// Writes a generated graph into a database, so benchmarks can drive the real document and filter path.
#pragma once

#include "model/Error.h"
#include "model/GraphData.h"

#include <filesystem>

namespace newsgraph::ui {

// Stores `data` (e.g. makeSyntheticGraphData) through GraphStore::ingest as one article per
// ArticleRecord: each entity is extracted in its first article with its mention count, each piece
// of evidence in its own article (whose extraction then names both ends once more). Ids are the
// store's own: load the graph back (GraphStore::loadGraph) to work with matching ids.
core::Result<void> writeGraphToStore(const core::GraphData& data, const std::filesystem::path& database);

} // namespace newsgraph::ui
