// Detects the encoding of article bytes (BOM, UTF-8, UTF-16, CP949/EUC-KR) and converts them to UTF-8.
#pragma once

#include <expected>
#include <string>
#include <string_view>

namespace newsgraph::core {

struct DecodedText {
    std::string text;     // UTF-8, line ends and normalisation untouched
    std::string encoding; // "UTF-8" (with or without BOM), "UTF-16LE", "UTF-16BE", "EUC-KR", "CP949"
};

struct DecodeProblem {
    enum class Kind { Empty, Binary, Undecodable };
    Kind kind = Kind::Undecodable;
    std::string message; // without the file name: "not text (binary data at byte 12)"
};

// Pure function of the bytes; the caller adds the file name to problems.
std::expected<DecodedText, DecodeProblem> decodeText(std::string_view bytes);

// CRLF and CR become LF; U+2028/U+2029 become LF too (they end lines in Unicode text).
std::string normaliseLineEnds(std::string_view text);

} // namespace newsgraph::core
