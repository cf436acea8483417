// Stable content fingerprint (hex SHA-256) used to recognise the same article under another name.
#pragma once

#include "text/Sha256Blocks.h"

#include <string>
#include <string_view>

namespace newsgraph::core {

// Lower-case hex SHA-256 of the bytes (64 characters).
std::string sha256Hex(std::string_view bytes);
// The same with a chosen block function (tests compare the accelerated and portable ones).
std::string sha256Hex(std::string_view bytes, sha256::BlockFunction compress);

} // namespace newsgraph::core
