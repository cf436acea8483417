// Splits one line of Korean news text into sentences: ICU's sentence rules plus Korean news fixes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct TextSpan {
    std::size_t begin = 0; // UTF-8 byte offsets into the line
    std::size_t end = 0;
};

// Stateless for callers; the ICU BreakIterator behind it is cached per thread.
class SentenceSplitter
{
public:
    // Never splits inside quotes or parentheses that close on the same line, after 다"고 / 다”며
    // (a quote continued by a particle), inside decimals, after abbreviations (U.S., Dr., No.) or
    // mid-sentence ellipses. Spans are trimmed and never empty.
    static std::vector<TextSpan> split(std::string_view line);
};

} // namespace newsgraph::core
