// Converts core's UTF-8 byte offsets into positions in the QString (UTF-16) of the same text.
#pragma once

#include <QString>

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::ui {

class TextOffsetMap
{
public:
    explicit TextOffsetMap(std::string_view utf8);

    const QString& text() const { return text_; }
    // Offset inside a multi-byte character maps to the character's start; past the end, to the end.
    int toUtf16(std::size_t byteOffset) const;

private:
    QString text_;
    std::vector<int> utf16At_; // one entry per byte, plus one for the end
};

} // namespace newsgraph::ui
