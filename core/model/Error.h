// Errors as values at module boundaries: std::expected with a message that names the file and problem.
#pragma once

#include <expected>
#include <string>

namespace newsgraph::core {

struct Error {
    enum class Kind { InvalidInput, Io, Encoding, Database, Busy, ReadOnly, NotFound, Cancelled, Internal };
    Kind kind = Kind::Internal;
    std::string message; // for people: "articles/a.txt: not text (binary data at byte 12)"
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error::Kind kind, std::string message)
{
    return std::unexpected<Error>(Error{kind, std::move(message)});
}

} // namespace newsgraph::core
