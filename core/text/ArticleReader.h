// Reads one article file (txt, md, html) into a cleaned, segmented Article with metadata.
#pragma once

#include "model/Article.h"
#include "model/Error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace newsgraph::core {

class ArticleReader
{
public:
    // Largest file accepted; bigger files are refused with a clear message (not an article).
    static constexpr std::uintmax_t maxFileBytes = 20u * 1024u * 1024u;

    // Decodes (BOM, UTF-8, UTF-16, CP949/EUC-KR), normalises (NFC, LF), strips HTML and portal
    // noise, finds metadata and splits sentences. Errors name the file and the problem.
    Result<Article> readFile(const std::filesystem::path& path) const;

    // Same pipeline for bytes already in memory; `fileName` decides the format (.html/.htm/.md/.txt).
    Result<Article> readBytes(std::string_view bytes, const std::string& fileName) const;
};

} // namespace newsgraph::core
