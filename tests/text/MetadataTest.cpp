// Titles, publication dates, reporters and outlets from every byline and dateline form we know.
#include "TextTestSupport.h"

#include "text/BylineParser.h"
#include "text/MetadataCollector.h"
#include "text/PublicationDate.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {

// A short article around the given header and footer lines.
Article articleWith(const std::string& header, const std::string& footer)
{
    return readText("가상전자, 새 공장 짓는다\n" + header + "\n가상전자가 새 공장을 짓는다고 밝혔다. 공장은 2027년에 완공된다.\n"
                    + "회사는 직원 500명을 새로 뽑는다고 덧붙였다.\n" + footer + "\n");
}

} // namespace

TEST_CASE("Dates in datelines become ISO 8601", "[text][metadata][date]")
{
    CHECK(parseLeadingDate("2018년 1월 10일 03시 00분") == "2018-01-10T03:00");
    CHECK(parseLeadingDate("2025.03.14 10:21") == "2025-03-14T10:21");
    CHECK(parseLeadingDate("2025-08-13") == "2025-08-13");
    CHECK(parseLeadingDate("2025-08-13T09:30:00+09:00") == "2025-08-13T09:30");
    CHECK(parseLeadingDate("2024/05/02 오후 3:05") == "2024-05-02T15:05");
    CHECK(parseLeadingDate("2024. 5. 2. 오전 9:07") == "2024-05-02T09:07");
    CHECK(parseLeadingDate("2024.05.02(목) 15:20") == "2024-05-02T15:20");
    CHECK(parseLeadingDate("2021년 7월 3일 14시") == "2021-07-03T14:00");
    CHECK(parseLeadingDate("2024년 05월 02일 (목) 오후 03:15") == "2024-05-02T15:15");
    CHECK(parseLeadingDate("2024-05-02T10:00:00Z") == "2024-05-02T10:00");
    CHECK(parseLeadingDate("2024.05.02 오후 12:30") == "2024-05-02T12:30");
    CHECK(parseLeadingDate("2024.05.02 25:00") == "2024-05-02"); // an impossible time is left out
    CHECK_FALSE(parseLeadingDate("11.26 (화)")); // no year: not a publication date
    CHECK_FALSE(parseLeadingDate("2024.13.02"));
    CHECK_FALSE(parseLeadingDate("지난 2024년 5월"));

    CHECK(findDateMention("입력 2018년 1월 10일 03시 00분")->iso == "2018-01-10T03:00");
    CHECK(findDateMention("  • 입력 2018년 1월 10일 03시 00분")->priority == 3);
    CHECK(findDateMention("date 2025-08-13")->iso == "2025-08-13");
    CHECK(findDateMention("기사입력 2024-05-02")->iso == "2024-05-02");
    CHECK(findDateMention("승인 2024.05.02 11:00")->priority == 2);
    CHECK(findDateMention("수정 2024.05.03 09:00")->priority == 0);
    CHECK(findDateMention("Updated 2024-05-03")->priority == 0); // "date" inside "Updated" is not a label
    CHECK(findDateMention("2025.03.14 10:21")->priority == 1);
    CHECK_FALSE(findDateMention("정부는 2024년 5월 2일 새 계획을 발표했다고 밝혔다. 계획은 다음 달부터 시행된다. 세부 내용은 추후 공개한다."));
}

TEST_CASE("The publication date prefers 입력 over 수정 and ignores dates in prose", "[text][metadata][date]")
{
    CHECK(articleWith("수정 2024.05.03 09:00 | 입력 2024.05.02 18:30", "").metadata.publishedDate == "2024-05-02T18:30");
    CHECK(articleWith("기사입력 2024-05-02 | 최종수정 2024-05-04", "").metadata.publishedDate == "2024-05-02");
    CHECK(articleWith("승인 2023.11.30 17:45", "").metadata.publishedDate == "2023-11-30T17:45");
    CHECK(articleWith("2025.03.14 10:21", "").metadata.publishedDate == "2025-03-14T10:21");
    CHECK(articleWith("date 2025-08-13", "").metadata.publishedDate == "2025-08-13");
    CHECK(articleWith("", "").metadata.publishedDate.empty()); // "2027년" in prose is not a dateline
    const Article onlyUpdate = articleWith("수정 2024.05.03 09:00", "");
    CHECK(onlyUpdate.metadata.publishedDate == "2024-05-03T09:00"); // better than nothing
    CHECK(onlyUpdate.removedNoise.size() == 1);
}

TEST_CASE("Byline lines name reporters, roles and e-mail domains", "[text][metadata][byline]")
{
    struct Case {
        std::string line, name, role, email, domain;
    };
    const std::vector<Case> cases = {
        {"[이덕주 실리콘밸리 특파원 mrdjlee@mk.co.kr]", "이덕주", "특파원", "mrdjlee@mk.co.kr", "mk.co.kr"},
        {"김보경 기자 bkly477@asiae.co.kr", "김보경", "기자", "bkly477@asiae.co.kr", "asiae.co.kr"},
        {"도쿄=신동진 기자 shine@donga.com", "신동진", "기자", "shine@donga.com", "donga.com"},
        {"[황순민 기자 정리]", "황순민", "기자", "", ""},
        {"선담은 기자 sun@hani.co.kr", "선담은", "기자", "sun@hani.co.kr", "hani.co.kr"},
        {"최가람 선임기자", "최가람", "선임기자", "", ""},
        {"글=남궁민 논설위원", "남궁민", "논설위원", "", ""},
        {"워싱턴=박하나 특파원 (hana@example.com)", "박하나", "특파원", "hana@example.com", "example.com"},
        {"이수진기자 sujin@gmail.com", "이수진", "기자", "sujin@gmail.com", ""}, // web mail names no outlet
    };
    for (const Case& c : cases) {
        INFO(c.line);
        const auto byline = parseBylineLine(c.line);
        REQUIRE(byline);
        REQUIRE(byline->reporters.size() == 1);
        CHECK(byline->reporters[0].name == c.name);
        CHECK(byline->reporters[0].role == c.role);
        CHECK(byline->reporters[0].email == c.email);
        CHECK(byline->reporters[0].bylineText == c.line);
        CHECK(byline->outletDomain == c.domain);
    }
    const auto pair = parseBylineLine("홍길동·김철수 기자");
    REQUIRE(pair);
    REQUIRE(pair->reporters.size() == 2);
    CHECK(pair->reporters[1].name == "김철수");

    for (const char* prose : {"김 기자는 현장에서 이를 확인했다.", "기자 회견이 열렸다", "이덕주 특파원이 전했다.",
                              "홍길동 대표는 기자들과 만나 계획을 설명했다"}) {
        INFO(prose);
        CHECK_FALSE(parseBylineLine(prose));
    }
}

TEST_CASE("Wire-service openings give the outlet and the reporter", "[text][metadata][byline]")
{
    std::size_t length = 0;
    const auto opening = parseBylineOpening("(서울=연합뉴스) 홍길동 기자 = 정부가 새 계획을 발표했다.", length);
    REQUIRE(opening);
    CHECK(opening->outlet == "연합뉴스");
    REQUIRE(opening->reporters.size() == 1);
    CHECK(opening->reporters[0].name == "홍길동");
    CHECK(std::string_view("(서울=연합뉴스) 홍길동 기자 = 정부가").substr(length) == " 정부가");

    const auto article = ArticleReader().readFile(textFixture("wire_style_article.txt"));
    REQUIRE(article);
    CHECK(article->metadata.outlet == "가상통신");
    CHECK(article->metadata.publishedDate == "2024-05-02T16:40");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "윤서진");
    const Sentence* dateline = sentenceWith(*article, "윤서진 기자 =");
    REQUIRE(dateline);
    CHECK(dateline->kind == SentenceKind::Byline);
    const Sentence* lead = sentenceWith(*article, "정부가 인공지능 산업");
    REQUIRE(lead);
    CHECK(lead->kind == SentenceKind::Body);
    CHECK(lead->text.starts_with("정부가"));
}

TEST_CASE("Copyright lines name the outlet and its domain", "[text][metadata][byline]")
{
    struct Case {
        std::string line, outlet, domain;
    };
    const std::vector<Case> cases = {
        {"Copyright © 한겨레신문사 All Rights Reserved. 무단 전재, 재배포, AI 학습 및 활용 금지", "한겨레신문사", ""},
        {"Copyright © 매일경제 & mk.co.kr. 무단 전재, 재배포 및 AI학습 이용 금지", "매일경제", "mk.co.kr"},
        {"<ⓒ투자가를 위한 경제콘텐츠 플랫폼, 아시아경제(www.asiae.co.kr) 무단전재 배포금지>", "아시아경제", "asiae.co.kr"},
        {"저작권자 © 가상뉴스, 무단 전재-재배포 금지", "가상뉴스", ""},
        {"ⓒ 2024 가상일보. All rights reserved.", "가상일보", ""},
        {"Copyright ⓒ gasang.co.kr", "", "gasang.co.kr"},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        const auto credit = parseCopyright(c.line);
        REQUIRE(credit);
        CHECK(credit->outlet == c.outlet);
        CHECK(credit->outletDomain == c.domain);
    }
    CHECK_FALSE(parseCopyright("무단 전재 및 재배포 금지"));
}

TEST_CASE("Outlet and domain are combined from copyright, bylines and header bullets", "[text][metadata]")
{
    const Article mk = articleWith("", "[이덕주 실리콘밸리 특파원 mrdjlee@mk.co.kr]\nCopyright © 매일경제 & mk.co.kr. 무단 전재 금지");
    CHECK(mk.metadata.outlet == "매일경제");
    CHECK(mk.metadata.outletDomain == "mk.co.kr");

    const Article hani = articleWith("", "선담은 기자 sun@hani.co.kr\nCopyright © 한겨레신문사 All Rights Reserved.");
    CHECK(hani.metadata.outlet == "한겨레신문사");
    CHECK(hani.metadata.outletDomain == "hani.co.kr"); // from the e-mail address

    const auto donga = ArticleReader().readFile(textFixture("donga_style_article.txt"));
    REQUIRE(donga);
    CHECK(donga->metadata.outlet == "가상타임스"); // the "  • 가상타임스" bullet near the top
    CHECK(donga->metadata.outletDomain == "gasangtimes.com");
    CHECK(donga->metadata.publishedDate == "2021-07-03T14:25"); // 입력, not 수정
    const Sentence* outletLine = sentenceWith(*donga, "가상타임스");
    REQUIRE(outletLine);
    CHECK(outletLine->kind == SentenceKind::Byline);

    const auto markdown = ArticleReader().readFile(textFixture("article.md"));
    REQUIRE(markdown);
    CHECK(markdown->metadata.title == "로봇 배송, 아파트 단지로 확대");
    CHECK(markdown->metadata.publishedDate == "2025-03-14T10:21");
    CHECK(markdown->metadata.outlet == "가상데일리");
    CHECK(bodyHas(*markdown, "자율주행 로봇 기업 딜리봇이"));
    CHECK_FALSE(bodyHas(*markdown, "https://"));
    CHECK_FALSE(bodyHas(*markdown, "robot.jpg"));
}

TEST_CASE("Titles come from the first line without portal decorations", "[text][metadata]")
{
    CHECK(stripTitleDecorations("[World & Now] 일본은 어떻게 'AI인재 블랙홀'이 됐나") == "일본은 어떻게 'AI인재 블랙홀'이 됐나");
    CHECK(stripTitleDecorations("가상전자, 새 공장 짓는다 - 매일경제") == "가상전자, 새 공장 짓는다");
    CHECK(stripTitleDecorations("가상전자, 새 공장 짓는다 : 네이버 뉴스") == "가상전자, 새 공장 짓는다");
    CHECK(stripTitleDecorations("AI 전쟁 : 승자는 누구인가") == "AI 전쟁 : 승자는 누구인가");
    CHECK(stripTitleDecorations("【속보】 [단독] 가상은행 파산") == "가상은행 파산");
    CHECK(stripTitleDecorations("[단독]") == "[단독]");

    const Article noTitle = readText("가상전자가 새 공장을 짓는다고 밝혔다. 공장은 2027년에 완공된다.");
    CHECK(noTitle.metadata.title == "가상전자가 새 공장을 짓는다고 밝혔다.");
}

TEST_CASE("Desk names before the reporter are not the reporter", "[text][metadata][byline]")
{
    const auto desk = parseBylineLine("산업부 홍길동 기자");
    REQUIRE(desk);
    REQUIRE(desk->reporters.size() == 1);
    CHECK(desk->reporters[0].name == "홍길동");
    const auto description = parseBylineLine("김민국 뉴욕 특파원"); // a name ending in 국 is still a name
    REQUIRE(description);
    CHECK(description->reporters[0].name == "김민국");
    // "[가상경제/홍길동 기자 (hong@...)]": the outlet before a slash is not a second reporter.
    const auto slashed = parseBylineLine("[가상경제/홍길동 기자 (hong@gasang.co.kr)]");
    REQUIRE(slashed);
    REQUIRE(slashed->reporters.size() == 1);
    CHECK(slashed->reporters[0].name == "홍길동");
    const auto mail = parseBylineLine("hong@gasang.co.kr");
    REQUIRE(mail);
    CHECK(mail->reporters.empty());
    CHECK(mail->outletDomain == "gasang.co.kr");
}

TEST_CASE("A section label above the title is not the title", "[text][metadata]")
{
    const Article article = readText("경제\n가상전자, 울산에 새 공장 짓는다\n가상전자가 울산에 새 공장을 짓는다. 투자액은 3조원이다.\n"
                                     "Copyright © 가상일보 무단 전재 금지\n");
    CHECK(article.metadata.title == "가상전자, 울산에 새 공장 짓는다");
    const Article outletFirst = readText("가상일보\n가상전자, 울산에 새 공장 짓는다\n가상전자가 울산에 새 공장을 짓는다. 투자액은 3조원이다.\n"
                                         "Copyright © 가상일보 무단 전재 금지\n");
    CHECK(outletFirst.metadata.title == "가상전자, 울산에 새 공장 짓는다");
    REQUIRE_FALSE(outletFirst.sentences.empty());
    CHECK(outletFirst.sentences.front().kind == SentenceKind::Byline);
    const Article shortTitle = readText("반도체 호황\n가상전자가 울산에 새 공장을 짓는다. 투자액은 3조원이다.\n");
    CHECK(shortTitle.metadata.title == "반도체 호황");
}

TEST_CASE("A dateline that also names the reporter is kept as a byline", "[text][metadata][byline]")
{
    const Article article = articleWith("기자명 강바다 기자 | 입력 2024.05.02 10:00", "");
    CHECK(article.metadata.publishedDate == "2024-05-02T10:00");
    REQUIRE(article.metadata.reporters.size() == 1);
    CHECK(article.metadata.reporters[0].name == "강바다");
    const Sentence* byline = sentenceWith(article, "강바다 기자");
    REQUIRE(byline);
    CHECK(byline->kind == SentenceKind::Byline);
}

TEST_CASE("A bracketed byline opening the first paragraph", "[text][metadata][byline]")
{
    std::size_t length = 0;
    const auto opening = parseBylineOpening("[가상경제 한보람 기자] 정부가 새 계획을 발표했다.", length);
    REQUIRE(opening);
    CHECK(opening->outlet == "가상경제");
    REQUIRE(opening->reporters.size() == 1);
    CHECK(opening->reporters[0].name == "한보람");
    CHECK(std::string_view("[가상경제 한보람 기자] 정부가").substr(length) == " 정부가");
    CHECK_FALSE(parseBylineOpening("[단독] 정부가 새 계획을 발표했다.", length));
    CHECK_FALSE(parseBylineOpening("[3만 혁신기업이 3만달러 한국 이끈다]<4> 인재 빨아들이는 日 스타트업", length));

    const Article article = readText("정부, 새 계획 발표\n[가상경제 한보람 기자] 정부가 새 계획을 발표했다. 예산은 2조원이다.\n");
    CHECK(article.metadata.outlet == "가상경제");
    const Sentence* lead = sentenceWith(article, "정부가 새 계획을");
    REQUIRE(lead);
    CHECK(lead->text == "정부가 새 계획을 발표했다.");
    CHECK(article.sentences[1].kind == SentenceKind::Byline);
}
