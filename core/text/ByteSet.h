// A small set of byte values found with one table lookup per byte (skipping runs of plain text).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace newsgraph::core {

// string_view::find_first_of calls memchr over the whole set for every byte of the text, which
// cost ~25 instructions per byte in the normalisers; a 256-entry table costs a load and a branch.
class ByteSet
{
public:
    constexpr explicit ByteSet(std::string_view members)
    {
        for (const char c : members)
            m_members[static_cast<unsigned char>(c)] = true;
    }

    constexpr ByteSet() = default;

    constexpr void add(char c) { m_members[static_cast<unsigned char>(c)] = true; }
    constexpr void addAll() { m_members.fill(true); }

    constexpr bool contains(char c) const { return m_members[static_cast<unsigned char>(c)]; }

    // Offset of the first member byte at or after `from`; text.size() when there is none.
    std::size_t findIn(std::string_view text, std::size_t from) const
    {
        const std::size_t size = text.size();
        const char* data = text.data();
        std::size_t i = from;
        while (i + 4 <= size) {
            if (contains(data[i]))
                return i;
            if (contains(data[i + 1]))
                return i + 1;
            if (contains(data[i + 2]))
                return i + 2;
            if (contains(data[i + 3]))
                return i + 3;
            i += 4;
        }
        while (i < size && !contains(data[i]))
            ++i;
        return i;
    }

private:
    std::array<bool, 256> m_members{};
};

} // namespace newsgraph::core
