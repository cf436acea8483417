// Allocator for the large, randomly read emission table: 2 MB aligned and, on Linux, backed by huge pages.
#pragma once

#include <cstddef>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace newsgraph::core::ner {

// Each emission lookup lands on a random row of a 32 MB table. With 4 KB pages almost every one
// also misses the TLB and costs a page walk; with 2 MB pages the whole table needs 16 TLB entries.
// The alignment also keeps every 32-byte row inside one cache line (malloc's 16-byte alignment
// split half of them over two lines, so a lookup often cost two misses).
template <typename T>
struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t hugePage = std::size_t{2} << 20;
    static constexpr std::size_t cacheLine = 64;

    HugePageAllocator() = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

    T* allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        const bool large = bytes >= hugePage;
        const std::size_t alignment = large ? hugePage : cacheLine;
        const std::size_t rounded = (bytes + alignment - 1) / alignment * alignment;
        void* p = ::operator new(rounded, std::align_val_t{alignment});
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        // Advice only: without transparent huge pages the table works as before.
        if (large)
            ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
        return static_cast<T*>(p);
    }

    void deallocate(T* p, std::size_t n) noexcept
    {
        const std::size_t bytes = n * sizeof(T);
        ::operator delete(p, std::align_val_t{bytes >= hugePage ? hugePage : cacheLine});
    }

    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

} // namespace newsgraph::core::ner
