// SHA-256 block compression, portable and with the x86 SHA extensions where the CPU has them.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace newsgraph::core::sha256 {

using State = std::array<std::uint32_t, 8>;

// Compresses `blocks` consecutive 64-byte blocks into `state` (FIPS 180-4, section 6.2.2).
using BlockFunction = void (*)(State& state, const unsigned char* data, std::size_t blocks);

void compressPortable(State& state, const unsigned char* data, std::size_t blocks);

// The SHA-extension version when this CPU has it (most x86 CPUs since 2017 do), else nullptr.
BlockFunction acceleratedCompress();

// What sha256Hex uses: the accelerated version if there is one, the portable one otherwise.
BlockFunction bestCompress();

} // namespace newsgraph::core::sha256
