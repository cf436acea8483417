// Encoding detection and conversion: BOMs, UTF-16 without BOM, EUC-KR/CP949, line ends, NFC.
#include "TextTestSupport.h"

#include "text/TextDecoder.h"

#include <unicode/ucnv.h>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {

const std::string sample = "한국어 기사 제목\n\n가상전자가 새 공장을 짓는다고 밝혔다. 투자액은 1.5조원이다.\n";

// Encodes UTF-8 text with ICU, so fixtures in any encoding come from one readable source.
std::string encode(const std::string& utf8, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 4 + 16, '\0');
    const auto length = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                     static_cast<int32_t>(utf8.size()), &status);
    REQUIRE(U_SUCCESS(status));
    out.resize(static_cast<std::size_t>(length));
    return out;
}

} // namespace

TEST_CASE("UTF-8 without and with BOM decodes to the same body", "[text][encoding]")
{
    const Article plain = readText(sample);
    const Article withBom = readText("\xEF\xBB\xBF" + sample);
    CHECK(plain.detectedEncoding == "UTF-8");
    CHECK(withBom.detectedEncoding == "UTF-8");
    CHECK(plain.body == withBom.body);
    CHECK(withBom.body.rfind("한국어", 0) == 0); // no BOM left at the start
    CHECK(plain.contentHash == withBom.contentHash);
}

TEST_CASE("UTF-16 LE and BE with BOM", "[text][encoding]")
{
    const std::string little = "\xFF\xFE" + encode(sample, "UTF-16LE");
    const std::string big = "\xFE\xFF" + encode(sample, "UTF-16BE");
    const Article fromLittle = readText(little);
    const Article fromBig = readText(big);
    CHECK(fromLittle.detectedEncoding == "UTF-16LE");
    CHECK(fromBig.detectedEncoding == "UTF-16BE");
    CHECK(fromLittle.body == readText(sample).body);
    CHECK(fromBig.body == fromLittle.body);
    CHECK(fromLittle.metadata.title == "한국어 기사 제목");
}

TEST_CASE("UTF-16 without BOM is recognised by the NUL bytes of spaces and ASCII", "[text][encoding]")
{
    const std::string ascii = "Drone taxi test flight\n\nThe company said the flight took 12 minutes.\n";
    const Article english = readText(encode(ascii, "UTF-16LE"));
    CHECK(english.detectedEncoding == "UTF-16LE");
    CHECK(bodyHas(english, "took 12 minutes."));

    const Article englishBig = readText(encode(ascii, "UTF-16BE"));
    CHECK(englishBig.detectedEncoding == "UTF-16BE");

    const Article korean = readText(encode("가상전자가 새 공장을 짓는다고 밝혔다. 한국 기업이다.", "UTF-16LE"));
    CHECK(korean.detectedEncoding == "UTF-16LE");
    CHECK(bodyHas(korean, "가상전자가 새 공장을"));
}

TEST_CASE("EUC-KR and CP949 files are converted when they are not UTF-8", "[text][encoding]")
{
    SECTION("generated with ICU")
    {
        const Article article = readText(encode(sample, "EUC-KR"));
        CHECK(article.detectedEncoding == "EUC-KR");
        CHECK(article.body == readText(sample).body);
    }
    SECTION("committed EUC-KR fixture")
    {
        const auto article = ArticleReader().readFile(textFixture("euckr_article.txt"));
        REQUIRE(article);
        CHECK(article->detectedEncoding == "EUC-KR");
        CHECK(article->metadata.title == "한국어 기사 제목");
        REQUIRE(article->metadata.reporters.size() == 1);
        CHECK(article->metadata.reporters[0].name == "홍길동");
    }
    SECTION("CP949 extension syllables (똠) that EUC-KR cannot encode")
    {
        const auto article = ArticleReader().readFile(textFixture("cp949_article.txt"));
        REQUIRE(article);
        CHECK(article->detectedEncoding == "CP949");
        CHECK(bodyHas(*article, "똠방각하라는 별명이"));
    }
}

TEST_CASE("Line ends become LF and text becomes NFC", "[text][encoding]")
{
    SECTION("CRLF and lone CR")
    {
        const Article crlf = readText("제목 줄\r\n\r\n첫 문장이다. 둘째 문장이다.\r\n셋째 줄이다.\r\n");
        const Article cr = readText("제목 줄\r\r첫 문장이다. 둘째 문장이다.\r셋째 줄이다.\r");
        CHECK(crlf.body.find('\r') == std::string::npos);
        CHECK(cr.body == crlf.body);
        CHECK(crlf.body == "제목 줄\n첫 문장이다. 둘째 문장이다.\n셋째 줄이다.");
    }
    SECTION("NFD Hangul (decomposed jamo, as macOS file names and some pages produce)")
    {
        // "한국" as conjoining jamo: ᄒ ᅡ ᆫ ᄀ ᅮ ᆨ
        const std::string decomposed = "\u1112\u1161\u11AB\u1100\u116E\u11A8 기업이 성장했다.";
        const Article article = readText(decomposed);
        CHECK(bodyHas(article, "한국 기업이 성장했다."));
        CHECK(article.body.find("\u1112") == std::string::npos);
    }
    SECTION("no-break and zero-width spaces")
    {
        const Article article = readText("가상전자\u00A0대표가\u200B 말했다. 그는 웃었다.");
        CHECK(bodyHas(article, "가상전자 대표가 말했다."));
    }
}

TEST_CASE("Undecodable and binary bytes are refused with the file named", "[text][encoding]")
{
    ArticleReader reader;
    SECTION("empty")
    {
        const auto result = reader.readBytes("", "empty.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().message == "empty.txt: file is empty");
    }
    SECTION("only spaces")
    {
        const auto result = reader.readBytes(" \n\t\n", "blank.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().message.find("blank.txt") == 0);
    }
    SECTION("binary data (a PNG header) in a .txt file")
    {
        static constexpr char header[] = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10";
        const std::string png(header, sizeof header - 1);
        const auto result = reader.readBytes(png, "photo.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == Error::Kind::Encoding);
        CHECK(result.error().message.find("photo.txt: not text (binary data at byte") == 0);
    }
    SECTION("control characters without NUL bytes")
    {
        const auto result = reader.readBytes("abc\x01\x02\x03\x04 def", "odd.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().message == "odd.txt: not text (binary data at byte 3)");
    }
    SECTION("invalid UTF-8 that is not Korean in CP949 either")
    {
        // Latin-1 "café crème": 0xE9 followed by a space is not a CP949 character.
        const auto result = reader.readBytes("caf\xE9 cr\xE8me br\xFBl\xE9", "latin1.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == Error::Kind::Encoding);
        CHECK(result.error().message.find("latin1.txt: not valid UTF-8 (byte 0xE9 at offset 3)") == 0);
    }
    SECTION("bytes that CP949 decodes, but not to Korean text")
    {
        // Valid CP949 double bytes that are Hanja and symbols, not Hangul: refused, not guessed.
        const auto result = reader.readBytes("\xCA\xA1\xCA\xA2\xCA\xA3\xA1\xA1\xA2\xA2", "random.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().message.find("not Korean text in CP949/EUC-KR") != std::string::npos);
    }
    SECTION("a UTF-8 BOM followed by invalid bytes")
    {
        const auto result = reader.readBytes("\xEF\xBB\xBF\xC3\x28 text", "broken.txt");
        REQUIRE_FALSE(result);
        CHECK(result.error().message == "broken.txt: has a UTF-8 byte order mark but invalid UTF-8 at byte 3");
    }
}

TEST_CASE("decodeText reports the encoding it used", "[text][encoding]")
{
    CHECK(decodeText("plain ascii")->encoding == "UTF-8");
    CHECK(decodeText(encode("한글", "EUC-KR") + encode(" 문장입니다.", "EUC-KR"))->encoding == "EUC-KR");
    CHECK(normaliseLineEnds("a\r\nb\rc\n") == "a\nb\nc\n");
    CHECK(normaliseLineEnds("a\u2028b") == "a\nb");
}

TEST_CASE("The content hash is a stable SHA-256 of the normalised text", "[text][hash]")
{
    const Article first = readText(sample, "a.txt");
    const Article second = readText(sample, "b.txt");
    const Article other = readText(sample + "추가 문장이다.\n", "c.txt");
    CHECK(first.contentHash.size() == 64);
    CHECK(first.contentHash == second.contentHash);
    CHECK(first.contentHash != other.contentHash);
    // The same text in another encoding and with CRLF line ends is the same article.
    std::string crlf;
    for (const char c : sample)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(readText(encode(crlf, "EUC-KR")).contentHash == first.contentHash);
}
