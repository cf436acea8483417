// A UTF-8 sentence split into code points with their byte offsets, the unit the tagger labels.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core::ner {

struct Utf8Text {
    std::vector<char32_t> chars;
    std::vector<std::size_t> offsets; // byte offset of each char, plus one final entry: the text's size

    // Invalid bytes become U+FFFD one byte each, so offsets still cover the whole input.
    static Utf8Text decode(std::string_view text);
};

void appendUtf8(std::string& out, char32_t c);

} // namespace newsgraph::core::ner
