// Converts UTF-8 byte offsets into UTF-16 positions.
#include "TextOffsetMap.h"

namespace newsgraph::ui {
namespace {

// Bytes in the sequence a lead byte starts, and the UTF-16 units it becomes; a stray
// continuation or invalid byte counts as one byte, one unit (QString makes it U+FFFD).
void sequence(unsigned char lead, std::size_t& bytes, int& units)
{
    if (lead < 0x80) { bytes = 1; units = 1; }
    else if ((lead & 0xE0) == 0xC0) { bytes = 2; units = 1; }
    else if ((lead & 0xF0) == 0xE0) { bytes = 3; units = 1; }
    else if ((lead & 0xF8) == 0xF0) { bytes = 4; units = 2; }
    else { bytes = 1; units = 1; }
}

} // namespace

TextOffsetMap::TextOffsetMap(std::string_view utf8)
    : text_(QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()))), utf16At_(utf8.size() + 1, 0)
{
    int position = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t bytes = 1;
        int units = 1;
        sequence(static_cast<unsigned char>(utf8[i]), bytes, units);
        if (i + bytes > utf8.size())
            bytes = utf8.size() - i;
        for (std::size_t k = 0; k < bytes; ++k)
            utf16At_[i + k] = position;
        i += bytes;
        position += units;
    }
    utf16At_[utf8.size()] = position;
}

int TextOffsetMap::toUtf16(std::size_t byteOffset) const
{
    if (byteOffset >= utf16At_.size())
        return utf16At_.back();
    return utf16At_[byteOffset];
}

} // namespace newsgraph::ui
