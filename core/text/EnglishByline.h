// Reads English bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe | Reporter",
// "Reporting by Jane Doe in Tokyo; Editing by John Roe", and wire datelines "TOKYO, March 3 (Reuters) -".
#pragma once

#include "text/BylineParser.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace newsgraph::core {

// The whole line is an English byline naming at least one reporter. Headlines and prose are refused:
// names are two to four capitalised words, and a line without "By" needs a role, an outlet or an e-mail.
std::optional<Byline> parseEnglishByline(std::string_view line);

// A wire-service dateline opening a paragraph: "TOKYO, March 3 (Reuters) - Nvidia said…" gives the outlet;
// `length` receives the byte length of the opening, up to and including the dash.
std::optional<Byline> parseEnglishDateline(std::string_view line, std::size_t& length);

// True when the line has Latin letters and no Hangul: it is read by the English rules.
bool isLatinLine(std::string_view line);

} // namespace newsgraph::core
