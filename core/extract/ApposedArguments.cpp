// Locating arguments around appositions: at a token, past an alias or describing words, over a span.
#include "extract/ApposedArguments.h"

#include "extract/RelationConstraints.h"

namespace newsgraph::core {

const Argument* argumentStartingAt(const ArgumentStructure& s, std::size_t token)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && (a.phraseStart == token || a.first == token) && !a.modifier) return &a;
    return nullptr;
}

// "X 최대주주인 SK하이닉스 관계자들": a name modifying a person noun still names the organisation meant.
const Argument* argumentOrOwnerAt(const ArgumentStructure& s, std::size_t token)
{
    if (const Argument* a = argumentStartingAt(s, token)) return a;
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.modifier && a.first == token && isOrganisation(a.type) && a.last + 1 < s.tokens().size() &&
            isPersonNoun(s.tokens()[a.last + 1].stem))
            return &a;
    return nullptr;
}

// The token after a parenthesised alias written right after a name ("국립보건원(NIH) 산하"), else `token`.
std::size_t skipAlias(const std::vector<Token>& tokens, std::size_t token)
{
    if (token >= tokens.size() || tokens[token].punct != PunctKind::OpenParen || tokens[token].spaceBefore) return token;
    for (std::size_t k = token + 1; k < tokens.size() && k < token + 6; ++k)
        if (tokens[k].punct == PunctKind::CloseParen) return k + 1;
    return token;
}

// The name after a few describing words: "산하 연구기관인 Y", "계열 자율주행 소프트웨어 기업 Y".
const Argument* argumentAfterDescriptors(const ArgumentStructure& s, std::size_t from)
{
    const auto& tokens = s.tokens();
    for (std::size_t k = from; k < tokens.size() && k < from + 5; ++k) {
        if (const Argument* y = argumentStartingAt(s, k)) return y;
        if (!tokens[k].isWord()) return nullptr;
        if (!tokens[k].particle.empty() && tokens[k].particle != "인") return nullptr;
        for (const auto& a : s.arguments()) // another name in between: the phrase is not a description
            if (!a.anaphor && a.first <= k && k <= a.last) return nullptr;
    }
    return nullptr;
}

const Argument* argumentCovering(const ArgumentStructure& s, std::size_t first, std::size_t last)
{
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first == first && a.last == last) return &a;
    // A lexicon name may be wider than the title's span ("사티아 나델라" where the title rule saw "나델라").
    for (const auto& a : s.arguments())
        if (!a.anaphor && a.first <= first && last <= a.last) return &a;
    return nullptr;
}

} // namespace newsgraph::core
