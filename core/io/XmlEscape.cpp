// XML 1.0 character rules: https://www.w3.org/TR/xml/#charsets
#include "io/XmlEscape.h"

#include "io/Utf8Repair.h"

namespace newsgraph::core {

std::string escapeXml(std::string_view text)
{
    const std::string valid = repairUtf8(text);
    std::string out;
    out.reserve(valid.size() + valid.size() / 8);
    for (std::size_t pos = 0; pos < valid.size();) {
        const std::size_t length = validUtf8SequenceLength(valid, pos);
        const char32_t cp = decodeUtf8(valid, pos, length);
        switch (cp) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        case '\t': out += "&#9;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        default:
            if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF)
                out.append(valid, pos, length);
        }
        pos += length;
    }
    return out;
}

} // namespace newsgraph::core
