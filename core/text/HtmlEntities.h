// Decodes HTML character references (&amp; &nbsp; &#8220; &#x201C; and common named ones) to UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

// Unknown or malformed references are kept as written, like browsers do. &nbsp; becomes a space.
std::string decodeHtmlEntities(std::string_view text);

} // namespace newsgraph::core
