// Strips Markdown markup (headings, emphasis, links, images, quotes) from an article written in .md.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

// Keeps one line per source line so the line-based cleaning downstream sees the same structure.
std::string markdownToText(std::string_view markdown);

} // namespace newsgraph::core
