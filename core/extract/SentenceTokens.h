// Splits one sentence into eojeol and punctuation tokens, each word with its particle split off.
#pragma once

#include "extract/ParticleStripper.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph::core {

enum class PunctKind { None, OpenQuote, CloseQuote, OpenParen, CloseParen, Comma, MiddleDot, Other };

struct Token {
    std::size_t begin = 0; // UTF-8 byte offsets into the sentence text
    std::size_t end = 0;
    std::string_view text; // as written
    PunctKind punct = PunctKind::None;
    bool spaceBefore = false; // whitespace (or sentence start) directly before the token
    std::string_view stem;     // word without particle; "" for a particle written alone after ")" or "’"
    std::string_view particle;
    ArgumentRole role = ArgumentRole::None;

    bool isWord() const { return punct == PunctKind::None; }
    std::size_t stemEnd() const { return begin + stem.size(); }
};

// Tokens of `sentence`; the views point into `sentence`, which must outlive them.
std::vector<Token> tokenizeSentence(std::string_view sentence, const ParticleStripper::KnownName& isKnownName = {});

} // namespace newsgraph::core
