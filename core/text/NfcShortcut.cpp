// Byte-level scan: Hangul syllables are checked as three-byte sequences without general decoding.
#include "text/NfcShortcut.h"

#include "text/Utf8.h"

#include <algorithm>

namespace newsgraph::core {

bool isPlainlyNfc(std::string_view text)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (lead >= 0xEA && lead <= 0xED && i + 2 < size && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80) {
            const char32_t cp = (char32_t(lead & 0x0F) << 12) | (char32_t(bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F);
            if (cp >= 0xAC00 && cp <= 0xD7A3) { // a precomposed Hangul syllable
                i += 3;
                continue;
            }
        }
        std::size_t pos = i;
        const char32_t cp = utf8::next(text, pos);
        if (std::find(nfcPlainPunctuation.begin(), nfcPlainPunctuation.end(), cp) == nfcPlainPunctuation.end())
            return false; // also U+FFFD for malformed bytes: ICU decides those
        i = pos;
    }
    return true;
}

} // namespace newsgraph::core
