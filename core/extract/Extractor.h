// Finds entities, mentions and relations (with evidence) in one Article.
#pragma once

#include "model/Article.h"
#include "model/Error.h"
#include "model/Extraction.h"

#include <filesystem>
#include <memory>
#include <string_view>

namespace newsgraph::core {

// Stored with every article. Raise it whenever extraction changes: articles extracted by an
// older version are extracted again on their next ingestion even when their text is unchanged.
inline constexpr std::string_view extractorVersion = "1.6";

class Extractor
{
public:
    // Loads the lexicon (resources/lexicon) and, when present, the NER model (resources/models).
    static Result<std::unique_ptr<Extractor>> create(const std::filesystem::path& resourcesDir);
    virtual ~Extractor() = default;

    // Thread-safe: one Extractor may serve several threads.
    virtual Extraction extract(const Article& article) const = 0;
};

} // namespace newsgraph::core
