// Makes arbitrary bytes valid UTF-8 so that every export format stays parseable.
#pragma once

#include <string>
#include <string_view>

namespace newsgraph::core {

// Valid UTF-8 passes through unchanged; each invalid byte (overlong forms, surrogates, truncated
// sequences, code points above U+10FFFF) becomes U+FFFD. Stored text should already be valid, but
// one bad byte must not make a whole JSON or XML export unreadable.
std::string repairUtf8(std::string_view bytes);

// Length of the valid UTF-8 sequence starting at bytes[pos], or 0 when it is invalid.
std::size_t validUtf8SequenceLength(std::string_view bytes, std::size_t pos);

// The code point of a sequence already known to be valid.
char32_t decodeUtf8(std::string_view bytes, std::size_t pos, std::size_t length);

} // namespace newsgraph::core
