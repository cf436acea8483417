// The binary model file: header (magic, version, tag set, hash size, template id), weights, lexicon, sub-typer.
#pragma once

#include "extract/ner/NerModelData.h"
#include "model/Error.h"

#include <filesystem>

namespace newsgraph::core::ner {

inline constexpr char modelMagic[8] = {'N', 'G', 'N', 'E', 'R', 'K', 'O', '\0'};
inline constexpr std::uint32_t modelFormatVersion = 1;

Result<void> writeModelFile(const std::filesystem::path& file, const NerModelData& data);
Result<NerModelData> readModelFile(const std::filesystem::path& file);

} // namespace newsgraph::core::ner
