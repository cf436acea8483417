// Portal noise: widgets, counters, captions, related headlines and repeated ledes never reach the body.
#include "TextTestSupport.h"

#include "text/DuplicateFilter.h"
#include "text/PortalNoise.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("Chrome lines are recognised by wording and structure", "[text][noise]")
{
    for (const char* chrome : {
             "이 글자크기로 변경됩니다.", "(예시) 빠른 뉴스를 만나보세요. 포털뉴스는 다양한 뉴스를 전달합니다.",
             "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.", "좋아요", "  • 슬퍼요", "화나요 12", "훈훈해요 0", "0", "댓글 0",
             "댓글 첫 댓글을 작성해보세요", "주소복사가 완료되었습니다", "링크 복사하기", "본문 바로가기", "컨텐츠 바로가기",
             "지금 뜨는 뉴스", "많이 본 뉴스", "#경제#반도체#수출", "#가상전자", "<이미지를 클릭하시면 크게 보실 수 있습니다>",
             "[사진=가상전자 제공]", "▲ 가상전자 공장 전경", "사진 제공=가상전자", "행사장 모습 /사진=홍길동 기자",
             "기사가 속한 카테고리는 언론사가 분류합니다.", "11.26 (화)", "2025.03.14 10:21", "<시리즈 끝>",
             "▶ 가상일보 구독하고 선물 받기", "공유", "더보기", "[가상전자 제공]", "[연합뉴스 자료사진]", "[화면 캡처]",
             "홈 > 경제 > 산업", "관련기사", "많이 본 뉴스", "쏠쏠정보 0", "후속기사원해요"}) {
        INFO(chrome);
        CHECK_FALSE(portalChromeReason(chrome).empty());
    }
    for (const char* content : {
             "가상전자는 좋아요 버튼을 없앴다고 밝혔다.", "일본정부 전폭적으로 지원", "○ 혁신기술 보고 제 발로 오는 인재들",
             "정부는 사진 제공 업체와 계약을 맺었다고 밝혔다. 계약 기간은 3년이다.", "댓글 조작 의혹 수사 착수", "#1 기업의 비결",
             "2024년 매출은 3조원이었다.", "AI로 생산성 향상? 한국은 10위", "[황순민 기자 정리]",
             "[3만 혁신기업이 3만달러 한국 이끈다]<4> 인재 빨아들이는 日 스타트업", "매출 > 비용 구조가 문제"}) {
        INFO(content);
        CHECK(portalChromeReason(content).empty());
    }
    CHECK(isCopyrightLine("Copyright © 가상경제 & example.co.kr. 무단 전재 금지"));
    CHECK(isCopyrightLine("<저작권자 ⓒ 가상뉴스, 무단전재 및 재배포 금지>"));
    CHECK_FALSE(isCopyrightLine("저작권 분쟁이 길어지고 있다."));
    CHECK(hasOutletSuffix("“월급 빼고 다 올랐다”…직장인 한숨 - 가상경제"));
    CHECK_FALSE(hasOutletSuffix("2024 - 2025 시즌 개막"));
}

TEST_CASE("A Daum-style copy keeps only the article", "[text][noise]")
{
    const auto article = ArticleReader().readFile(textFixture("daum_style_article.txt"));
    REQUIRE(article);
    for (const char* noise : {"본문 보기를 권장", "글자 크기", "(예시)", "포털뉴스", "[사진=", "월급 빼고", "아파트값",
                              "결혼 발표", "미세먼지"})
        CHECK_FALSE(bodyHas(*article, noise));
    CHECK(noiseHas(*article, "서울 아파트값 3주 연속 상승 - 가상경제"));

    // The lede shown twice (preview, then full paragraph) is kept once.
    CHECK(countInBody(*article, "대만의 반도체 기업 한빛세미가 신규 연구소를 열었다.") == 1);
    CHECK(countInBody(*article, "해외 연구자 300명이 합류할 예정이다.") == 1);
    CHECK(bodyHas(*article, "열었다. 이 연구소에는 해외 연구자 300명이 합류할 예정이다. 회사는")); // the full paragraph stays

    CHECK(article->metadata.title == "반도체 인재 쟁탈전, 대만이 앞서는 이유");
    CHECK(article->metadata.outlet == "가상경제");
    CHECK(article->metadata.outletDomain == "example-news.co.kr");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "정하늘");
    CHECK(article->metadata.reporters[0].role == "특파원");

    for (const char* subheading : {"정부 세제 혜택 확대", "해외 인재 비자 간소화"}) {
        const Sentence* sentence = sentenceWith(*article, subheading);
        REQUIRE(sentence);
        CHECK(sentence->kind == SentenceKind::Headline);
    }
    const Sentence* byline = sentenceWith(*article, "정하늘 타이베이 특파원");
    REQUIRE(byline);
    CHECK(byline->kind == SentenceKind::Byline);
    const Sentence* copyright = sentenceWith(*article, "Copyright © 가상경제");
    REQUIRE(copyright);
    CHECK(copyright->kind == SentenceKind::Byline);
    CHECK(article->sentences.back().text == copyright->text); // nothing after the copyright line survives
}

TEST_CASE("A portal hub copy loses skip links, issue labels, credits and captions", "[text][noise]")
{
    const auto article = ArticleReader().readFile(textFixture("hub_style_article.txt"));
    REQUIRE(article);
    for (const char* noise : {"바로가기", "03.05", "이슈 친환경", "첫 댓글", "URL복사", "<이미지를", "제주 해상풍력 단지 전경",
                              "카테고리"})
        CHECK_FALSE(bodyHas(*article, noise));
    CHECK(article->metadata.title == "풍력 발전 단지, 남해안에 들어선다");
    CHECK(article->metadata.outlet == "가상일보");
    CHECK(article->metadata.outletDomain == "gasang.co.kr");
    // The outlet name alone between paragraphs is a photo credit; only the copyright line keeps it.
    CHECK(countInBody(*article, "가상일보") == 1);
    // A sub-headline after an image marker is not a caption.
    const Sentence* subheading = sentenceWith(*article, "어민 협약은 어떻게");
    REQUIRE(subheading);
    CHECK(subheading->kind == SentenceKind::Headline);
    CHECK(noiseHas(*article, "지난해 완공된 제주 해상풍력 단지 전경"));
}

TEST_CASE("Reaction counters, hashtags and trending lists after the byline are dropped", "[text][noise]")
{
    const auto article = ArticleReader().readFile(textFixture("donga_style_article.txt"));
    REQUIRE(article);
    for (const char* noise : {"좋아요", "훈훈해요", "화나요", "댓글 2", "지금 뜨는", "#바이오", "입력 2021", "수정 2021"})
        CHECK_FALSE(bodyHas(*article, noise));
    CHECK(article->sentences.back().text == "인천=한지우 기자 jiwoo@gasangtimes.com");
    const Sentence* series = sentenceWith(*article, "[바이오가 미래다]<2> 신약 개발 최전선");
    REQUIRE(series);
    CHECK(series->kind == SentenceKind::Headline);
    const Sentence* section = sentenceWith(*article, "연구 인력 두 배로");
    REQUIRE(section);
    CHECK(section->kind == SentenceKind::Headline);
}

TEST_CASE("A trailing related-article list is dropped even without a copyright line", "[text][noise]")
{
    const Article article = readText("가상항공, 새 노선 취항\n가상항공이 다음 달 하노이 노선을 새로 연다. 주 7회 운항한다.\n"
                                     "• 주말 고속도로 정체 심할 듯\n• 가상은행 금리 인하\n• 프로야구 개막전 매진\n");
    CHECK(article.body == "가상항공, 새 노선 취항\n가상항공이 다음 달 하노이 노선을 새로 연다. 주 7회 운항한다.");

    // Two list items inside the article are content, not a related list.
    const Article lists = readText("가상항공, 새 노선 취항\n회사는 두 가지를 약속했다.\n- 운임 동결\n- 좌석 확대\n"
                                   "회사는 노선을 늘려 수익을 높이겠다고 밝혔다. 취항식은 다음 달 열린다.\n");
    CHECK(bodyHas(lists, "운임 동결"));
    CHECK(bodyHas(lists, "좌석 확대"));
}

TEST_CASE("Repeated sentences are kept once, in the fullest paragraph", "[text][noise][duplicates]")
{
    SECTION("preview with straight quotes, body with curly quotes")
    {
        const Article article = readText("제목 줄\n\"인재가 곧 경쟁력이다.\"\n가상전자는 공장을 세운다. 대표는 “인재가 곧 경쟁력이다.” 그는 웃었다.\n");
        CHECK(countInBody(article, "인재가 곧 경쟁력이다.") == 1);
        CHECK(bodyHas(article, "대표는 “인재가 곧 경쟁력이다.” 그는 웃었다."));
    }
    SECTION("a partly repeated preview keeps its new sentence")
    {
        const Article article = readText("제목 줄\n가상전자는 공장을 세운다. 이 문장은 미리보기에만 있다.\n"
                                         "가상전자는 공장을 세운다. 공장은 울산에 있다. 직원은 300명이다.\n");
        CHECK(countInBody(article, "가상전자는 공장을 세운다.") == 1);
        CHECK(bodyHas(article, "이 문장은 미리보기에만 있다."));
        CHECK(article.body == "제목 줄\n이 문장은 미리보기에만 있다.\n가상전자는 공장을 세운다. 공장은 울산에 있다. 직원은 300명이다.");
    }
    SECTION("short repeated labels stay")
    {
        const Article article = readText("제목 줄\n○ 배경\n첫 문단이다. 내용이 있다.\n○ 배경\n둘째 문단이다. 내용이 더 있다.\n");
        CHECK(countInBody(article, "○ 배경") == 2);
    }
    CHECK(duplicateKey("“A” 했다") == duplicateKey("\"A\"했다"));
}

TEST_CASE("Sentence offsets always point into the cleaned body", "[text][noise]")
{
    for (const char* name : {"daum_style_article.txt", "hub_style_article.txt", "donga_style_article.txt", "news_page.html", "article.md"}) {
        INFO(name);
        const auto article = ArticleReader().readFile(textFixture(name));
        REQUIRE(article);
        for (std::size_t i = 0; i < article->sentences.size(); ++i) {
            const Sentence& sentence = article->sentences[i];
            CHECK(sentence.index == i);
            REQUIRE(sentence.end <= article->body.size());
            CHECK(sentence.text == article->body.substr(sentence.begin, sentence.end - sentence.begin));
            CHECK_FALSE(sentence.text.empty());
            if (i > 0)
                CHECK(sentence.begin >= article->sentences[i - 1].end);
        }
    }
}

TEST_CASE("A Naver-style copy: header byline, buttons and counters go, bylines stay", "[text][noise]")
{
    const auto article = ArticleReader().readFile(textFixture("naver_style_article.txt"));
    REQUIRE(article);
    CHECK(article->metadata.title == "가상바이오, 美 제약사와 1조원 기술수출 계약");
    CHECK(article->metadata.publishedDate == "2024-11-05T15:12");
    CHECK(article->metadata.outlet == "가상비즈");
    CHECK(article->metadata.outletDomain == "gasangbiz.co.kr");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "강다온"); // not the desk "산업부"
    CHECK(article->metadata.reporters[0].email == "dawon@gasangbiz.co.kr"); // from the address on its own line
    for (const char* noise : {"기사원문", "구독", "쏠쏠정보", "흥미진진", "요약봇", "음성 변환", "글자 크기", "SNS", "인쇄하기", "응원수",
                              "추천"})
        CHECK_FALSE(bodyHas(*article, noise));
    std::vector<std::string> kinds;
    for (const Sentence& sentence : article->sentences)
        kinds.push_back(sentence.kind == SentenceKind::Body ? "B" : sentence.kind == SentenceKind::Headline ? "H" : "Y");
    CHECK(kinds == std::vector<std::string>{"H", "Y", "Y", "B", "B", "B", "Y", "Y"});
}

TEST_CASE("A wire-style opening in corner brackets and promotion links", "[text][noise]")
{
    const auto article = ArticleReader().readFile(textFixture("newsis_style_article.txt"));
    REQUIRE(article);
    CHECK(article->metadata.outlet == "가상뉴시스");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "장하린");
    CHECK_FALSE(bodyHas(*article, "▶"));
    CHECK_FALSE(bodyHas(*article, "운세"));
    const Sentence* lead = sentenceWith(*article, "가상해운이 국내 조선소에");
    REQUIRE(lead);
    CHECK(lead->kind == SentenceKind::Body);
    CHECK(lead->text.starts_with("가상해운이"));
}

TEST_CASE("Headlines listed under a related-articles heading are dropped", "[text][noise]")
{
    const Article article = readText("가상제철, 새 고로 가동\n가상제철이 광양에 새 고로를 가동했다. 연간 생산량은 500만t이다.\n"
                                     "관련기사\n가상제철 주가 급등\n철강업계 구조조정 본격화\n\n"
                                     "회사는 탄소 배출을 30% 줄이겠다고 밝혔다. 설비 투자는 계속된다.\n"
                                     "최하늘 기자 sky@gasangsteel.co.kr\n");
    CHECK_FALSE(bodyHas(article, "관련기사"));
    CHECK_FALSE(bodyHas(article, "주가 급등"));
    CHECK_FALSE(bodyHas(article, "구조조정 본격화"));
    CHECK(bodyHas(article, "회사는 탄소 배출을 30% 줄이겠다고 밝혔다."));
    CHECK(noiseHas(article, "철강업계 구조조정 본격화"));
}
