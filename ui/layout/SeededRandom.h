// A tiny portable PRNG (SplitMix64): the same seed gives the same layout on every platform.
#pragma once

#include <cstdint>

namespace newsgraph::ui {

// std::uniform_real_distribution is implementation-defined; this one is not.
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed) : state_(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t state_;
};

} // namespace newsgraph::ui
