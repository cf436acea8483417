// Name keys (NFKC, case folding), romanisation, initial consonants, NFC and the SHA-256 hash.
#include "TextTestSupport.h"

#include "text/ContentHash.h"
#include "text/NameKey.h"

#include <thread>

using namespace newsgraph::core;

TEST_CASE("nameKey ignores spacing, punctuation, width and case", "[text][namekey]")
{
    CHECK(nameKey("사카나 AI") == "사카나ai");
    CHECK(nameKey("사카나AI") == "사카나ai");
    CHECK(nameKey("ＯｐｅｎＡＩ") == "openai"); // full-width letters
    CHECK(nameKey("Open-AI") == "openai");
    CHECK(nameKey("LG U+") == "lgu+"); // '+' is part of names such as LG U+ and Google+
    CHECK(nameKey("S&P 500") == "sp500");
    CHECK(nameKey("미·일") == "미일");
    CHECK(nameKey("“트랜스포머”") == "트랜스포머");
    CHECK(nameKey("\u1112\u1161\u11AB\u1100\u116E\u11A8") == "한국"); // NFD jamo compose
    CHECK(nameKey("") == "");
}

TEST_CASE("romanize uses ICU Hangul-Latin without spaces", "[text][namekey]")
{
    CHECK(romanize("사카나") == "sakana");
    CHECK(romanize("사카나 AI") == "sakanaai");
    CHECK(romanize("이덕주") == "ideogju");
    CHECK(romanize("한겨레") == "hangyeole");
    CHECK(romanize("OpenAI") == "openai");
    CHECK(romanize("") == "");
}

TEST_CASE("romanize works from several threads (one transliterator per thread)", "[text][namekey]")
{
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int n = 0; n < 50; ++n)
                results[i] = romanize("구글브레인");
        });
    for (auto& thread : threads)
        thread.join();
    for (const auto& result : results)
        CHECK(result == "gugeulbeulein");
}

TEST_CASE("initialConsonants maps syllables to compatibility jamo", "[text][namekey]")
{
    CHECK(initialConsonants("사카나AI") == "ㅅㅋㄴAI");
    CHECK(initialConsonants("까치 뚜껑") == "ㄲㅊ ㄸㄲ");
    CHECK(initialConsonants("힣가") == "ㅎㄱ");
    CHECK(initialConsonants("abc 123") == "abc 123");
}

TEST_CASE("toNfc composes and leaves NFC text alone", "[text][namekey]")
{
    CHECK(toNfc("\u1112\u1161\u11AB") == "한");
    CHECK(toNfc("e\u0301") == "\u00E9");
    CHECK(toNfc("이미 NFC") == "이미 NFC");
    CHECK(toNfc("") == "");
}

TEST_CASE("sha256Hex matches the standard test vectors", "[text][hash]")
{
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
          == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    for (const auto compress : {&sha256::compressPortable, sha256::acceleratedCompress()}) {
        if (!compress)
            continue; // a CPU without SHA extensions
        CHECK(sha256Hex("abc", compress) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        CHECK(sha256Hex(std::string(1000000, 'a'), compress)
              == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

TEST_CASE("sha256Hex gives the same digest with either block function", "[text][hash]")
{
    const auto accelerated = sha256::acceleratedCompress();
    if (!accelerated) {
        WARN("skipped: this CPU has no SHA extensions");
        return;
    }
    // Every tail shape (0-130 bytes: one or two padding blocks) and several whole blocks, with
    // bytes that differ per position so a swapped word or lane shows.
    std::string bytes;
    for (std::size_t length = 0; length <= 300; ++length) {
        INFO("length " << length);
        CHECK(sha256Hex(bytes, accelerated) == sha256Hex(bytes, &sha256::compressPortable));
        bytes += static_cast<char>((length * 131 + 7) & 0xFF);
    }
}
