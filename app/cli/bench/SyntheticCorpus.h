// A deterministic generator of Korean news-style articles for the ingest benchmark.
#pragma once

#include "model/Error.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace newsgraph::cli {

// Article `index` of the corpus for `seed`: title, sub-headlines, prose with investments,
// founders, roles, amounts, dates, a byline and portal noise; about 2-4 KB of UTF-8.
// The same (index, seed) always gives the same text.
std::string syntheticArticle(std::size_t index, std::uint64_t seed = 1);

struct SyntheticCorpusStats {
    std::size_t files = 0;
    std::size_t bytes = 0;
};

// Writes articles 0..count-1 as "<dir>/NNNNNN_synthetic.txt"; creates the folder.
core::Result<SyntheticCorpusStats> writeSyntheticCorpus(const std::filesystem::path& dir, std::size_t count,
                                                        std::uint64_t seed = 1);

} // namespace newsgraph::cli
