// Text and attribute escaping shared by the XML formats (GraphML, GEXF).
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

// Escapes & < > " ' and drops characters XML 1.0 forbids (C0 controls other than tab/LF/CR,
// U+FFFE, U+FFFF). Tab, LF and CR become character references so attribute values keep them.
// Invalid UTF-8 is repaired first.
std::string escapeXml(std::string_view text);

} // namespace newsgraph::core
