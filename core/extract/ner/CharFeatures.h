// Turns a sentence's characters into hashed feature ids per position (template set `featureTemplateId`).
#pragma once

#include "extract/ner/FormHintProjector.h"
#include "extract/ner/NerLexicon.h"

#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace newsgraph::core::ner {

// Bump when the templates change: a model file records the id it was trained with.
inline constexpr std::uint32_t featureTemplateId = 3;

// Coarse script classes, also used as feature values.
enum class CharClass : std::uint8_t { Hangul, Jamo, Upper, Lower, Digit, Space, Hanja, Punct, Other, Boundary };
CharClass charClass(char32_t c);

// Leaves the elements resize() adds uninitialised: extract() makes room for a sentence's features
// up front and writes every one it keeps, so zeroing them first was wasted work.
template <typename T>
struct UninitialisedAllocator : std::allocator<T> {
    template <typename U>
    struct rebind {
        using other = UninitialisedAllocator<U>;
    };
    UninitialisedAllocator() = default;
    template <typename U>
    UninitialisedAllocator(const UninitialisedAllocator<U>&) noexcept
    {
    }
    template <typename U>
    void construct(U* p) noexcept
    {
        ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args)
    {
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
};

// Features of all positions, flattened: position i owns hashes[offsets[i] .. offsets[i+1]).
struct SentenceFeatures {
    std::vector<std::uint32_t, UninitialisedAllocator<std::uint32_t>> hashes;
    std::vector<std::uint32_t> offsets;
    std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

class CharFeatures
{
public:
    explicit CharFeatures(const NerLexicon* lexicon) : lexicon_(lexicon) {}
    // hints: only for the silver-label converter used during training (never in a shipped model).
    void extract(const std::vector<char32_t>& chars, SentenceFeatures& out, const std::vector<FormHint>* hints = nullptr) const;

private:
    const NerLexicon* lexicon_;
};

// Korean particles and endings that may close an eojeol, longest first; the part before one is the stem.
std::size_t particleSuffixLength(const std::vector<char32_t>& chars, std::size_t begin, std::size_t end, int* id);

} // namespace newsgraph::core::ner
