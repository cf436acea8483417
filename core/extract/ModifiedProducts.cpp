// Finds the named product inside a "maker's product kind-noun" object phrase.
#include "extract/ArgumentSlots.h"
#include "extract/ModifiedProducts.h"

#include "extract/DescriptorWords.h"
#include "extract/ProviderProducts.h"
#include "extract/WordAffixes.h"

namespace newsgraph::core {
namespace {

bool namesProductKind(std::string_view stem)
{
    return isProductKindNoun(stem) || isProductDescriptor(stem) || hasSuffix(stem, "장치");
}

} // namespace

Args productBeforeKindNoun(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    const std::size_t object = objectTokenBefore(s, clauseFirst, trigger);
    if (object == trigger || object == 0)
        return {};
    // "그래픽처리장치(GPU)를": the particle after a gloss; the head noun stands before the parenthesis.
    std::size_t head = object;
    bool kind = false;
    if (tokens[object].stem.empty() && tokens[object - 1].punct == PunctKind::CloseParen) {
        std::size_t open = object - 1;
        while (open > 0 && open + 4 > object && tokens[open].punct != PunctKind::OpenParen) {
            if (tokens[open].isWord() && namesProductKind(tokens[open].stem))
                kind = true;
            --open;
        }
        if (tokens[open].punct != PunctKind::OpenParen || open == 0)
            return {};
        head = open - 1;
    }
    if (!tokens[head].isWord() || head == 0)
        return {};
    kind = kind || namesProductKind(tokens[head].stem);
    if (!kind || (head == object && tokens[head].stem.empty()))
        return {};
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.type == EntityType::Product && a.last + 1 == head &&
            tokens[a.last].particle.empty() && a.first >= clauseFirst)
            return {&a};
    return {};
}

} // namespace newsgraph::core
