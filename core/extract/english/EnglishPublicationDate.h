// Reads an English header line that states the article's publication date and nothing else.
#pragma once

#include "model/Article.h"

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::core {

// "June 11, 2024", "Published: 11 June 2024 10:32 GMT", "Tuesday, June 11, 2024 3:05 PM", "2024-06-11"
// give "2024-06-11" or "2024-06-11T15:05"; prose that merely contains a date gives nothing.
std::optional<std::string> parseEnglishPublicationDate(std::string_view line);

// The article's publication date: its metadata when known, else the first of its leading lines
// (headline and byline area, before the prose) that parseEnglishPublicationDate accepts, else "".
std::string englishPublicationDate(const Article& article);

} // namespace newsgraph::core
