// Recognises text that is already NFC without ICU: ASCII, Hangul syllables and common punctuation.
#pragma once

#include <array>
#include <string_view>

namespace newsgraph::core {

// Code points besides ASCII and the Hangul syllables that are NFC on their own and never combine
// with the text before them, so any string made only of these is NFC (tests check them with ICU).
inline constexpr std::array<char32_t, 36> nfcPlainPunctuation = {
    U'·', U'‘', U'’', U'“', U'”', U'…', U'–', U'—', U'‧', U'※', U'「', U'」', U'『', U'』', U'〈', U'〉', U'《', U'》',
    U'、', U'。', U'【', U'】', U'▲', U'△', U'▶', U'▷', U'☞', U'■', U'□', U'●', U'○', U'◆', U'ⓒ', U'©', U'～', U'％'};

// True only when `text` is certainly NFC; false means "ask ICU" (other scripts, symbols, bad bytes).
// Korean news is almost all Hangul and ASCII, and ICU's own check cost ~16 instructions a byte.
bool isPlainlyNfc(std::string_view text);

} // namespace newsgraph::core
