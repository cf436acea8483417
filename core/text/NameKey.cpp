// ICU-based name keys. Transliterators and normalisers are costly to create, so they are cached
// (normalisers are immutable singletons; a Transliterator is not thread-safe, hence thread_local).
#include "text/NameKey.h"

#include "text/NfcShortcut.h"
#include "text/Utf8.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

namespace newsgraph::core {
namespace {

std::string toUtf8(const icu::UnicodeString& text)
{
    std::string out;
    text.toUTF8String(out);
    return out;
}

icu::UnicodeString fromUtf8(std::string_view text)
{
    return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
}

icu::Transliterator* romanizer()
{
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Hangul-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            created.reset();
        return created;
    }();
    return instance.get();
}

// Quote marks, hyphens and middle dots that the transliterator keeps or inserts between syllables.
bool dropFromRomanized(char32_t cp)
{
    return utf8::isSpace(cp) || cp == '\'' || cp == '-' || cp == 0x00B7 || cp == 0x2019;
}

} // namespace

std::string toNfc(std::string_view text)
{
    if (isPlainlyNfc(text))
        return std::string(text);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return std::string(text);
    const icu::StringPiece piece(text.data(), static_cast<std::int32_t>(text.size()));
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status))
        return std::string(text);
    status = U_ZERO_ERROR;
    std::string out;
    out.reserve(text.size());
    icu::StringByteSink<std::string> sink(&out);
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status))
        return std::string(text);
    return out;
}

std::string nameKey(std::string_view name)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    std::string folded;
    if (U_SUCCESS(status)) {
        icu::StringByteSink<std::string> sink(&folded);
        folding->normalizeUTF8(0, icu::StringPiece(name.data(), static_cast<std::int32_t>(name.size())), sink, nullptr, status);
    }
    if (U_FAILURE(status))
        folded.assign(name);

    std::string key;
    key.reserve(folded.size());
    for (std::size_t pos = 0; pos < folded.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(folded, pos);
        const auto c = static_cast<UChar32>(cp);
        if (cp != '+' && (u_isUWhiteSpace(c) || u_ispunct(c) || utf8::isSpace(cp)))
            continue;
        key.append(folded, start, pos - start);
    }
    return key;
}

void prepareRomanizer()
{
    romanizer();
}

std::string romanize(std::string_view text)
{
    icu::Transliterator* transliterator = romanizer();
    icu::UnicodeString unicode = fromUtf8(toNfc(text));
    if (transliterator)
        transliterator->transliterate(unicode);
    else
        unicode.toLower();
    const std::string latin = toUtf8(unicode);
    std::string out;
    out.reserve(latin.size());
    for (std::size_t pos = 0; pos < latin.size();) {
        const std::size_t start = pos;
        if (!dropFromRomanized(utf8::next(latin, pos)))
            out.append(latin, start, pos - start);
    }
    return out;
}

std::string initialConsonants(std::string_view text)
{
    // Compatibility jamo for the 19 initial consonants, in Unicode syllable order.
    static constexpr char32_t choseong[19] = {U'ㄱ', U'ㄲ', U'ㄴ', U'ㄷ', U'ㄸ', U'ㄹ', U'ㅁ', U'ㅂ', U'ㅃ', U'ㅅ',
                                              U'ㅆ', U'ㅇ', U'ㅈ', U'ㅉ', U'ㅊ', U'ㅋ', U'ㅌ', U'ㅍ', U'ㅎ'};
    const std::string normalised = toNfc(text);
    std::string out;
    out.reserve(normalised.size());
    for (std::size_t pos = 0; pos < normalised.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(normalised, pos);
        if (utf8::isHangulSyllable(cp))
            utf8::append(out, choseong[(cp - 0xAC00) / 588]);
        else
            out.append(normalised, start, pos - start);
    }
    return out;
}

} // namespace newsgraph::core
