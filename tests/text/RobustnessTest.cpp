// Damaged input never crashes the reader: truncated files, random bytes, broken markup.
#include "TextTestSupport.h"

#include <fstream>
#include <random>
#include <sstream>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {

std::string fixtureBytes(const std::string& name)
{
    std::ifstream stream(textFixture(name), std::ios::binary);
    std::ostringstream bytes;
    bytes << stream.rdbuf();
    return bytes.str();
}

// Every successful read must keep the Article invariants the other modules rely on.
void checkInvariants(const Result<Article>& result)
{
    if (!result) {
        CHECK_FALSE(result.error().message.empty());
        return;
    }
    const Article& article = *result;
    CHECK_FALSE(article.body.empty());
    CHECK(article.contentHash.size() == 64);
    std::size_t previousEnd = 0;
    for (std::size_t i = 0; i < article.sentences.size(); ++i) {
        const Sentence& sentence = article.sentences[i];
        REQUIRE(sentence.begin < sentence.end);
        REQUIRE(sentence.end <= article.body.size());
        CHECK(sentence.begin >= previousEnd);
        CHECK(sentence.index == i);
        CHECK(sentence.text == article.body.substr(sentence.begin, sentence.end - sentence.begin));
        previousEnd = sentence.end;
    }
}

} // namespace

TEST_CASE("Truncated fixtures (also mid-character) read or fail cleanly", "[text][robustness]")
{
    ArticleReader reader;
    for (const char* name : {"daum_style_article.txt", "news_page.html", "euckr_article.txt", "article.md", "naver_style_article.txt"}) {
        const std::string bytes = fixtureBytes(name);
        REQUIRE_FALSE(bytes.empty());
        for (std::size_t cut = 1; cut < bytes.size(); cut += 7) {
            INFO(name << " cut at " << cut);
            checkInvariants(reader.readBytes(std::string_view(bytes).substr(0, cut), name));
        }
    }
}

TEST_CASE("Random bytes and shuffled fragments never crash", "[text][robustness]")
{
    ArticleReader reader;
    std::mt19937 random(20261123);
    const std::vector<std::string> fragments = {
        "<p>", "</p>", "<div class=\"article\">", "</div>", "<script>", "<!--", "-->", "&amp;", "&#", "&#x", "“", "”", "\"",
        "(", ")", "다.", " ", "\n", "\r\n", "기자", " 기자 ", "=", "(서울=", "가상뉴스)", "홍길동", "@example.com", "Copyright ©",
        "입력 2024.05.02 10:00", "- ", "• ", "#태그#", "좋아요", "0", "가나다라마바사 문장이다. ", "\xEF\xBB\xBF", "\xE2\x80",
        "\xED\xA0\x80", "\xFF\xFE", "\x00", "…", "...", "U.S.", "1.5%"};
    for (int round = 0; round < 400; ++round) {
        std::string input;
        const int pieces = static_cast<int>(random() % 60);
        for (int i = 0; i < pieces; ++i) {
            if (random() % 10 == 0)
                input += static_cast<char>(random() % 256);
            else
                input += fragments[random() % fragments.size()];
        }
        INFO("round " << round);
        checkInvariants(reader.readBytes(input, round % 2 ? "random.html" : "random.txt"));
    }
}

TEST_CASE("Pathological markup stays fast and shallow", "[text][robustness]")
{
    std::string html = "<html><body>";
    for (int i = 0; i < 20000; ++i)
        html += "<div>";
    html += "<p>가상전자가 새 공장을 짓는다. 투자액은 3조원이다.</p>";
    for (int i = 0; i < 20000; ++i)
        html += "</span>";
    const auto article = ArticleReader().readBytes(html, "deep.html");
    REQUIRE(article);
    CHECK(article->body == "가상전자가 새 공장을 짓는다. 투자액은 3조원이다.");
}

TEST_CASE("Millions of tiny lines are refused instead of exhausting memory", "[text][robustness]")
{
    std::string lines;
    for (int i = 0; i < 1'100'000; ++i)
        lines += "a\n";
    const auto result = ArticleReader().readBytes(lines, "lines.txt");
    REQUIRE_FALSE(result);
    CHECK(result.error().message.find("lines.txt: 1100000 lines; not read as an article") == 0);
}
