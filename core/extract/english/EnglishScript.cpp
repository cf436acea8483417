#include "extract/english/EnglishScript.h"

#include "extract/Utf8Scan.h"

namespace newsgraph::core {

bool isEnglishSentence(std::string_view sentence)
{
    std::size_t latin = 0, hangul = 0, otherLetters = 0;
    for (std::size_t pos = 0; pos < sentence.size();) {
        const char32_t c = utf8::next(sentence, pos);
        if (utf8::isAsciiLetter(c) || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
            ++latin;
        else if (utf8::isHangulSyllable(c) || utf8::isHan(c) || utf8::isKana(c)) {
            if (utf8::isHangulSyllable(c))
                ++hangul;
            else
                ++otherLetters;
            // Each remaining byte adds at most one Latin letter: once the other letters outweigh even
            // that, the answer is no (most Korean sentences are settled within their first words).
            if (hangul * 10 + otherLetters * 10 >= latin + (sentence.size() - pos))
                return false;
        }
    }
    // Short lines ("June 11, 2024") still need a few letters to count as words.
    if (latin < 4)
        return false;
    return hangul * 10 + otherLetters * 10 < latin;
}

} // namespace newsgraph::core
