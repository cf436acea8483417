// The five shared seed articles: no portal noise in the body, dates, reporters and outlets found.
#include "TextTestSupport.h"

#include <optional>

using namespace newsgraph::core;
using namespace newsgraph::core::testing;
namespace fs = std::filesystem;

namespace {

const fs::path seedsDir = fs::path(NEWSGRAPH_SHARED_DIR) / "corpus" / "seeds";

std::optional<Article> readSeed(const std::string& prefix)
{
    for (const auto& entry : fs::directory_iterator(seedsDir))
        if (entry.path().filename().string().starts_with(prefix)) {
            auto article = ArticleReader().readFile(entry.path());
            if (!article)
                FAIL(article.error().message);
            return *article;
        }
    FAIL("no seed starting with " << prefix);
    return std::nullopt;
}

} // namespace

TEST_CASE("Seed articles read cleanly", "[text][seeds]")
{
    if (!fs::exists(seedsDir)) {
        WARN("skipped: ../shared not found");
        return;
    }
    struct Expected {
        std::string prefix, reporter, role, outlet, domain;
    };
    const std::vector<Expected> seeds = {
        {"000_", "이덕주", "특파원", "매일경제", "mk.co.kr"},
        {"001_", "김보경", "기자", "아시아경제", "asiae.co.kr"},
        {"002_", "선담은", "기자", "한겨레신문사", "hani.co.kr"},
        {"003_", "신동진", "기자", "동아일보", "donga.com"},
        {"004_", "황순민", "기자", "매일경제", "mk.co.kr"},
    };
    // Phrases of portal chrome and of the related-headline lists that follow each article.
    const std::vector<std::string> noise = {
        "글자크기", "(예시)", "다음뉴스", "본문 보기를 권장", "컨텐츠 바로가기", "주소복사", "첫 댓글", "<이미지를 클릭",
        "카테고리", "좋아요", "슬퍼요", "화나요", "댓글 0", "지금 뜨는", "#3만", "- 매일경제", "MK스포츠", "세븐일레븐",
        "과즙세연", "푸바오", "이시바", "김건희", "류현진", "봉천동", "11.26 (화)", "이슈 인공지능", "<시리즈 끝>"};
    for (const Expected& expected : seeds) {
        INFO(expected.prefix);
        const auto article = readSeed(expected.prefix);
        REQUIRE(article);
        for (const std::string& phrase : noise) {
            INFO(phrase);
            CHECK_FALSE(bodyHas(*article, phrase));
        }
        for (const std::string& line : {std::string("\n- "), std::string("\n• ")})
            CHECK_FALSE(bodyHas(*article, line));
        CHECK(article->metadata.outlet == expected.outlet);
        CHECK(article->metadata.outletDomain == expected.domain);
        REQUIRE(article->metadata.reporters.size() == 1);
        CHECK(article->metadata.reporters[0].name == expected.reporter);
        CHECK(article->metadata.reporters[0].role == expected.role);
        const Sentence* byline = sentenceWith(*article, expected.reporter);
        REQUIRE(byline);
        CHECK(byline->kind == SentenceKind::Byline);
        CHECK_FALSE(article->metadata.title.empty());
        for (const Sentence& sentence : article->sentences)
            CHECK(sentence.text == article->body.substr(sentence.begin, sentence.end - sentence.begin));
    }
}

TEST_CASE("Seed metadata: dates, titles and the repeated ledes", "[text][seeds]")
{
    if (!fs::exists(seedsDir)) {
        WARN("skipped: ../shared not found");
        return;
    }
    CHECK(readSeed("003_")->metadata.publishedDate == "2018-01-10T03:00");
    CHECK(readSeed("000_")->metadata.title == "일본은 어떻게 'AI인재 블랙홀'이 됐나");
    CHECK(readSeed("001_")->metadata.title == "AI로 끈끈해지는 미국·일본…오픈AI와 투자금, 일본으로 간다");

    const auto sakana = readSeed("000_");
    CHECK(countInBody(*sakana, "사카나AI가 화제다.") == 1);
    CHECK(countInBody(*sakana, "빅테크 기업들을 설득하는 것도 방법이다.") == 1);
    const Sentence* subheading = sentenceWith(*sakana, "일본정부 전폭적으로 지원");
    REQUIRE(subheading);
    CHECK(subheading->kind == SentenceKind::Headline);

    const auto hani = readSeed("002_");
    CHECK(countInBody(*hani, "인공지능 서비스를 보다 수월하게 적용할 수 있을 것 같습니다.") == 1);
    CHECK(countInBody(*hani, "20대 초반 미국으로 공부하러 떠났던") == 1);
    const Sentence* quote = sentenceWith(*hani, "느꼈다”고 그는 말했다.");
    REQUIRE(quote);
    CHECK(quote->text.starts_with("엘지유플러스는 지난해 9월"));
}
