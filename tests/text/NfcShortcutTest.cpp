// isPlainlyNfc must never call text NFC that ICU would change: its character list is checked here.
#include "text/NameKey.h"
#include "text/NfcShortcut.h"

#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

using namespace newsgraph::core;

namespace {

// NFC by itself, combining class 0 and no interaction with what precedes it.
bool isIndependentlyNfc(char32_t cp)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    REQUIRE(U_SUCCESS(status));
    icu::UnicodeString single;
    single.append(static_cast<UChar32>(cp));
    const bool normalized = nfc->isNormalized(single, status);
    return U_SUCCESS(status) && normalized && nfc->getCombiningClass(static_cast<UChar32>(cp)) == 0
        && nfc->hasBoundaryBefore(static_cast<UChar32>(cp));
}

} // namespace

TEST_CASE("every code point the NFC shortcut accepts is NFC and independent of its neighbours", "[text][nfc]")
{
    for (char32_t cp = 0; cp < 0x80; ++cp)
        CHECK(isIndependentlyNfc(cp));
    for (char32_t cp = 0xAC00; cp <= 0xD7A3; ++cp)
        if (!isIndependentlyNfc(cp))
            FAIL("Hangul syllable U+" << std::hex << static_cast<unsigned>(cp));
    for (const char32_t cp : nfcPlainPunctuation)
        CHECK(isIndependentlyNfc(cp));
}

TEST_CASE("the NFC shortcut leaves everything else to ICU", "[text][nfc]")
{
    CHECK(isPlainlyNfc("정부는 10일 “반도체 지원”을 발표했다…"));
    CHECK(isPlainlyNfc(""));
    CHECK_FALSE(isPlainlyNfc("\xE1\x84\x80\xE1\x85\xA1"));        // conjoining jamo ᄀ + ᅡ (composes to 가)
    CHECK_FALSE(isPlainlyNfc("e\xCC\x81"));                      // e + combining acute
    CHECK_FALSE(isPlainlyNfc("\xE2\x84\xA6"));                   // OHM SIGN, NFC maps it to Ω
    CHECK_FALSE(isPlainlyNfc("\xEA\xB0"));                       // truncated Hangul syllable
    CHECK_FALSE(isPlainlyNfc("\xE4\xB8\xAD"));                   // Hanja: not in the list, so ICU decides
    // Results through toNfc do not depend on the shortcut.
    CHECK(toNfc("\xE1\x84\x80\xE1\x85\xA1") == "가");
    CHECK(toNfc("가 \xE1\x86\xA8") == "가 \xE1\x86\xA8"); // a syllable, a space, a trailing jamo
    CHECK(toNfc("\xEA\xB0\x80\xE1\x86\xA8") == "각");     // 가 + ᆨ composes: not plainly NFC
}
