// Encoding detection: BOMs first, then UTF-16 by NUL-byte parity, UTF-8 validity, and CP949 with a
// Hangul plausibility check so that random bytes are not passed off as Korean.
#include "text/TextDecoder.h"

#include "text/ByteSet.h"
#include "text/Utf8.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>

namespace newsgraph::core {
namespace {

using Problem = std::unexpected<DecodeProblem>;

Problem problem(DecodeProblem::Kind kind, std::string message)
{
    return Problem(DecodeProblem{kind, std::move(message)});
}

std::string hexByte(unsigned char value)
{
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[value >> 4] + digits[value & 0xF];
}

// Returns the offset of the first invalid UTF-8 sequence, or npos when the bytes are valid.
std::size_t firstInvalidUtf8(std::string_view bytes)
{
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int32_t>(bytes.size());
    std::int32_t i = 0;
    while (i < length) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const std::int32_t start = i;
        UChar32 cp = 0;
        U8_NEXT(data, i, length, cp);
        if (cp < 0)
            return static_cast<std::size_t>(start);
    }
    return std::string_view::npos;
}

// Control characters that never occur in text files (tab, LF, VT, FF, CR and ESC-free text only).
bool isBinaryControl(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A;
}

std::size_t firstBinaryByte(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i)
        if (isBinaryControl(static_cast<unsigned char>(bytes[i])))
            return i;
    return std::string_view::npos;
}

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Converts with a stop-on-error callback so that undecodable bytes fail instead of becoming U+FFFD.
std::expected<std::string, std::size_t> convertStrict(std::string_view bytes, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding, &status));
    if (U_FAILURE(status))
        return std::unexpected<std::size_t>(0);
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UConverter* utf8 = ucnv_open("UTF-8", &status);
    std::unique_ptr<UConverter, ConverterCloser> utf8Owner(utf8);
    if (U_FAILURE(status))
        return std::unexpected<std::size_t>(0);

    std::string out(bytes.size() * 3 / 2 + 16, '\0');
    const char* source = bytes.data();
    const char* sourceLimit = bytes.data() + bytes.size();
    std::array<UChar, 4096> pivot{};
    UChar* pivotSource = pivot.data();
    UChar* pivotTarget = pivot.data();
    std::size_t written = 0;
    for (;;) {
        char* target = out.data() + written;
        status = U_ZERO_ERROR;
        ucnv_convertEx(utf8, converter.get(), &target, out.data() + out.size(), &source, sourceLimit,
                       pivot.data(), &pivotSource, &pivotTarget, pivot.data() + pivot.size(),
                       pivotSource == pivot.data(), true, &status);
        written = static_cast<std::size_t>(target - out.data());
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(out.size() * 2);
            continue;
        }
        if (U_FAILURE(status))
            return std::unexpected<std::size_t>(static_cast<std::size_t>(source - bytes.data()));
        break;
    }
    out.resize(written);
    return out;
}

// Share of Hangul syllables among the non-ASCII characters: real Korean text is mostly Hangul,
// while Latin-1 or random bytes read as CP949 give Hanja and symbols.
bool looksLikeKorean(std::string_view utf8Text)
{
    std::size_t hangul = 0, nonAscii = 0, controls = 0;
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const char32_t cp = utf8::next(utf8Text, pos);
        if (cp < 0x80) {
            controls += isBinaryControl(static_cast<unsigned char>(cp));
            continue;
        }
        ++nonAscii;
        hangul += utf8::isHangulSyllable(cp);
    }
    return controls == 0 && nonAscii > 0 && hangul * 10 >= nonAscii * 6;
}

// Text decoded from a byte-order guess: no controls, words separated by spaces or lines, and
// either mostly ASCII or mostly Hangul among the rest (binary data read as UTF-16 gives
// U+0000 or a soup of unrelated CJK and Latin-extended characters without spaces).
bool isPlausibleText(std::string_view utf8Text)
{
    std::size_t ascii = 0, hangul = 0, spaces = 0, total = 0;
    for (std::size_t pos = 0; pos < utf8Text.size();) {
        const char32_t cp = utf8::next(utf8Text, pos);
        ++total;
        if (cp < 0x80 && isBinaryControl(static_cast<unsigned char>(cp)))
            return false;
        ascii += cp < 0x80;
        spaces += cp == ' ' || cp == '\n';
        hangul += utf8::isHangulSyllable(cp);
    }
    const std::size_t other = total - ascii;
    return spaces > 0 && (ascii * 10 >= total * 8 || hangul * 10 >= other * 6);
}

// EUC-KR proper uses only the KS X 1001 area (both bytes 0xA1-0xFE); anything else is CP949's extension.
bool isPlainEucKr(std::string_view bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80)
            continue;
        if (c < 0xA1 || c == 0xFF || i + 1 >= bytes.size())
            return false;
        const auto trail = static_cast<unsigned char>(bytes[++i]);
        if (trail < 0xA1 || trail == 0xFF)
            return false;
    }
    return true;
}

std::expected<DecodedText, DecodeProblem> decodeUtf16(std::string_view bytes, bool littleEndian, bool hadBom)
{
    if (bytes.size() % 2 != 0)
        bytes.remove_suffix(1); // a truncated last unit cannot be text anyway
    auto converted = convertStrict(bytes, littleEndian ? "UTF-16LE" : "UTF-16BE");
    const std::string name = littleEndian ? "UTF-16LE" : "UTF-16BE";
    if (!converted)
        return problem(DecodeProblem::Kind::Undecodable,
                       "not decodable as " + name + " (invalid data at byte " + std::to_string(converted.error() + (hadBom ? 2 : 0)) + ")");
    const std::size_t binary = firstBinaryByte(*converted);
    if (binary != std::string_view::npos)
        return problem(DecodeProblem::Kind::Binary, "not text (control characters in " + name + " data)");
    return DecodedText{std::move(*converted), name};
}

// UTF-16 without BOM: which byte order to try first.
int utf16ParityGuess(std::string_view bytes)
{
    const std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 64 * 1024);
    if (sample < 4)
        return 0;
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i < sample; i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    // ASCII characters (spaces, digits, newlines even in Korean prose) put their NUL on one side.
    if (oddNul > evenNul)
        return 1; // little endian: the high byte (odd index) of ASCII characters is zero
    if (evenNul > oddNul)
        return -1;
    return 0;
}

} // namespace

std::expected<DecodedText, DecodeProblem> decodeText(std::string_view bytes)
{
    if (bytes.empty())
        return problem(DecodeProblem::Kind::Empty, "file is empty");

    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        const std::size_t invalid = firstInvalidUtf8(bytes);
        if (invalid != std::string_view::npos)
            return problem(DecodeProblem::Kind::Undecodable,
                           "has a UTF-8 byte order mark but invalid UTF-8 at byte " + std::to_string(invalid + 3));
        const std::size_t binary = firstBinaryByte(bytes);
        if (binary != std::string_view::npos)
            return problem(DecodeProblem::Kind::Binary, "not text (binary data at byte " + std::to_string(binary + 3) + ")");
        return DecodedText{std::string(bytes), "UTF-8"};
    }
    if (bytes.starts_with("\xFF\xFE") && !bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)))
        return decodeUtf16(bytes.substr(2), true, true);
    if (bytes.starts_with("\xFE\xFF"))
        return decodeUtf16(bytes.substr(2), false, true);

    if (bytes.find('\0') != std::string_view::npos) {
        // NUL bytes: UTF-16 without a BOM, or binary data. The parity guess only orders the tries.
        const int parity = utf16ParityGuess(bytes);
        for (const bool littleEndian : {parity >= 0, parity < 0}) {
            auto decoded = decodeUtf16(bytes, littleEndian, false);
            if (decoded && isPlausibleText(decoded->text))
                return decoded;
        }
        return problem(DecodeProblem::Kind::Binary,
                       "not text (binary data at byte " + std::to_string(bytes.find('\0')) + ")");
    }
    const std::size_t binary = firstBinaryByte(bytes);
    if (binary != std::string_view::npos)
        return problem(DecodeProblem::Kind::Binary, "not text (binary data at byte " + std::to_string(binary) + ")");

    const std::size_t invalid = firstInvalidUtf8(bytes);
    if (invalid == std::string_view::npos)
        return DecodedText{std::string(bytes), "UTF-8"};

    if (auto korean = convertStrict(bytes, "windows-949"); korean && looksLikeKorean(*korean))
        return DecodedText{std::move(*korean), isPlainEucKr(bytes) ? "EUC-KR" : "CP949"};

    return problem(DecodeProblem::Kind::Undecodable,
                   "not valid UTF-8 (byte " + hexByte(static_cast<unsigned char>(bytes[invalid])) + " at offset "
                       + std::to_string(invalid) + ") and not Korean text in CP949/EUC-KR either");
}

std::string normaliseLineEnds(std::string_view text)
{
    static constexpr ByteSet specials("\r\xE2"); // CR, and the lead byte of U+2028/U+2029
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        // Copy the run up to the next CR or possible U+2028/U+2029 in one go.
        const std::size_t special = specials.findIn(text, i);
        out.append(text.substr(i, special - i));
        i = special;
        if (i >= text.size())
            break;
        if (text[i] == '\r') {
            out += '\n';
            i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else if (i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += '\n';
            i += 3;
        } else {
            out += text[i++];
        }
    }
    return out;
}

} // namespace newsgraph::core
