// Compact SHA-256 (FIPS 180-4); no crypto library is linked just for a fingerprint.
#include "text/ContentHash.h"

#include "text/Sha256Blocks.h"

#include <array>
#include <cstdint>

namespace newsgraph::core {

std::string sha256Hex(std::string_view bytes)
{
    return sha256Hex(bytes, sha256::bestCompress());
}

std::string sha256Hex(std::string_view bytes, sha256::BlockFunction compress)
{
    sha256::State state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                           0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t offset = bytes.size() / 64 * 64;
    compress(state, data, bytes.size() / 64);

    std::array<unsigned char, 128> tail{};
    const std::size_t rest = bytes.size() - offset;
    for (std::size_t i = 0; i < rest; ++i)
        tail[i] = data[offset + i];
    tail[rest] = 0x80;
    const std::size_t tailLength = rest + 9 <= 64 ? 64 : 128;
    const std::uint64_t bitLength = static_cast<std::uint64_t>(bytes.size()) * 8;
    for (int i = 0; i < 8; ++i)
        tail[tailLength - 1 - i] = static_cast<unsigned char>(bitLength >> (8 * i));
    compress(state, tail.data(), tailLength / 64);

    static constexpr char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (const std::uint32_t word : state)
        for (int shift = 28; shift >= 0; shift -= 4)
            hex += digits[(word >> shift) & 0xF];
    return hex;
}

} // namespace newsgraph::core
