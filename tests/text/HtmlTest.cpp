// HTML to article text: dropped chrome, preferred body, entities, page metadata.
#include "TextTestSupport.h"

#include "text/HtmlDocument.h"
#include "text/HtmlEntities.h"
#include "text/HtmlToText.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

TEST_CASE("Entities are decoded", "[text][html]")
{
    CHECK(decodeHtmlEntities("A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39;") == "A & B <C> \"D\" 'E'");
    CHECK(decodeHtmlEntities("5만&nbsp;원") == "5만 원");
    CHECK(decodeHtmlEntities("&#54620;&#xAE00; &ldquo;인용&rdquo; &middot; &hellip;") == "한글 “인용” · …");
    CHECK(decodeHtmlEntities("&#150; &#8212;") == "– —"); // C1 references mean Windows-1252
    CHECK(decodeHtmlEntities("AT&T &unknown; & alone &#;") == "AT&T &unknown; & alone &#;");
    CHECK(decodeHtmlEntities("&amp") == "&");
}

TEST_CASE("The tag scanner tolerates broken markup", "[text][html]")
{
    const HtmlDocument document = HtmlDocument::parse(
        "<div class=a id='b' data-x=\"<y>\"><p>하나<p>둘<br>셋</div></span><unclosed><p>넷 < 다섯");
    const auto divs = document.elementsByTag("div");
    REQUIRE(divs.size() == 1);
    CHECK(document.node(divs[0]).attribute("class") == "a");
    CHECK(document.node(divs[0]).attribute("id") == "b");
    CHECK(document.node(divs[0]).attribute("data-x") == "<y>");
    CHECK(document.elementsByTag("p").size() == 3);
    CHECK(document.textOf(HtmlDocument::root) == "하나둘셋넷 < 다섯");
}

TEST_CASE("Scripts, styles, navigation, forms and comments never reach the text", "[text][html]")
{
    const HtmlArticle page = htmlToText(R"(<html><head><title>제목 - 가상신문</title>
        <style>p { color: red }</style><script>if (a < b && c > d) { x = "</p>"; }</script></head>
        <body><nav>정치 경제 사회</nav><header>로그인 회원가입</header>
        <noscript>자바스크립트를 켜세요</noscript><form>검색어 입력</form>
        <main><p>첫 문단은 충분히 긴 기사 본문이다. 가상전자는 새 공장을 짓는다고 밝혔다.</p>
        <!-- <p>주석 속 문단</p> --><aside>광고 상자</aside>
        <p>둘째 문단이다. 공장은 2027년 완공된다.</p></main>
        <footer>회사소개 이용약관</footer></body></html>)");
    CHECK(page.text.find("첫 문단은") != std::string::npos);
    CHECK(page.text.find("둘째 문단이다.") != std::string::npos);
    for (const char* chrome : {"color", "x =", "정치 경제", "로그인", "자바스크립트", "검색어", "주석 속", "광고 상자", "이용약관"})
        CHECK(page.text.find(chrome) == std::string::npos);
    CHECK(page.title == "제목 - 가상신문");
}

TEST_CASE("The article body element is preferred over the rest of the page", "[text][html]")
{
    SECTION("itemprop=articleBody beats a longer sidebar")
    {
        const HtmlArticle page = htmlToText(R"(<body>
            <div class="ranking_box"><p>많이 본 기사 목록이 아주 길게 이어진다. 연예인 소식, 스포츠 소식, 날씨 소식이 가득하다. 또 다른 소식도 있다.</p></div>
            <div class="list"><p>다른 기사 요약이 아주 길게 이어진다. 이 문단은 본문보다 길지만 본문이 아니다. 정말로 본문이 아니다. 계속 이어진다.</p></div>
            <div itemprop="articleBody">가상은행은 새 지점을 열었다고 밝혔다.<br>지점은 서울 강남에 있다. 은행은 직원 20명을 새로 뽑는다.</div>
        </body>)");
        CHECK(page.text == "가상은행은 새 지점을 열었다고 밝혔다.\n지점은 서울 강남에 있다. 은행은 직원 20명을 새로 뽑는다.");
    }
    SECTION("Naver's newsct_article / dic_area container")
    {
        const HtmlArticle page = htmlToText(R"(<div id="ct"><div class="media_end_head">헤더 영역</div>
            <div id="newsct_article" class="newsct_article _article_body"><article id="dic_area" class="go_trans _article_content">
            가상자동차가 전기차 신모델을 공개했다.<br><br>신모델은 한 번 충전으로 600km를 달린다. 가격은 5000만원대다.
            </article></div><div class="media_end_linked">관련 기사 목록</div></div>)");
        CHECK(page.text.find("가상자동차가 전기차") == 0);
        CHECK(page.text.find("헤더 영역") == std::string::npos);
        CHECK(page.text.find("관련 기사 목록") == std::string::npos);
    }
    SECTION("without markup, the largest block of paragraphs")
    {
        const HtmlArticle page = htmlToText(R"(<body><div><a href=/>홈</a> <a href=/a>메뉴</a></div>
            <div><p>가상제약이 신약 임상에 성공했다고 밝혔다.</p><p>회사는 내년 허가를 신청한다. 시장 규모는 1조원이다.</p></div>
            <div><span>짧은 글</span></div></body>)");
        CHECK(page.text == "가상제약이 신약 임상에 성공했다고 밝혔다.\n회사는 내년 허가를 신청한다. 시장 규모는 1조원이다.");
    }
}

TEST_CASE("A news page becomes a clean article with metadata", "[text][html]")
{
    const auto article = ArticleReader().readFile(textFixture("news_page.html"));
    REQUIRE(article);
    CHECK(article->metadata.title == "드론 택시 시범 운항 시작");
    CHECK(article->metadata.publishedDate == "2025-08-13T09:30");
    CHECK(article->metadata.outlet == "가상헤럴드");
    CHECK(article->metadata.outletDomain == "gasangherald.com");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "배도윤");
    CHECK(article->metadata.reporters[0].email == "doyun@gasangherald.com");

    CHECK(article->sentences.front().text == "드론 택시 시범 운항 시작");
    CHECK(article->sentences.front().kind == SentenceKind::Headline);
    CHECK(bodyHas(*article, "이 회사는 “안전 인증을 마치는 대로 상업 운항에 나서겠다”고 말했다."));
    CHECK(bodyHas(*article, "5만 원 수준이 될 전망이다 & 예약은"));
    CHECK(bodyHas(*article, "지적한다. 국토교통부는")); // &#46; and &#x2e;
    for (const char* chrome : {"광고 스크립트", "정치", "많이 본 뉴스", "공유", "숨겨진 주석", "/사진=", "관련 기사 하나", "color"})
        CHECK_FALSE(bodyHas(*article, chrome));
    const Sentence* subheading = sentenceWith(*article, "남은 과제는 소음");
    REQUIRE(subheading);
    CHECK(subheading->kind == SentenceKind::Headline);
    const Sentence* byline = sentenceWith(*article, "배도윤 기자");
    REQUIRE(byline);
    CHECK(byline->kind == SentenceKind::Byline);
}

TEST_CASE("Page titles lose site-name decorations", "[text][html]")
{
    const auto article = ArticleReader().readBytes(
        "<html><head><title>[단독] 가상전자, 새 공장 짓는다 | 가상일보</title></head><body><article>"
        "<p>가상전자가 경기도에 새 공장을 짓는다. 투자 규모는 3조원이다.</p></article></body></html>",
        "page.htm");
    REQUIRE(article);
    CHECK(article->metadata.title == "가상전자, 새 공장 짓는다");
    CHECK(article->sentences.front().text == "가상전자, 새 공장 짓는다");
}

TEST_CASE("HTML content in a .txt file is still read as HTML", "[text][html]")
{
    const Article article = readText("<!DOCTYPE html><html><body><p>가상물산이 해외 법인을 세웠다. 법인은 베트남에 있다.</p>"
                                     "<script>var a=1;</script></body></html>", "saved.txt");
    CHECK(article.body == "가상물산이 해외 법인을 세웠다. 법인은 베트남에 있다.");
}

TEST_CASE("Bylines in a dropped header inside the article are still found", "[text][html]")
{
    const auto article = ArticleReader().readBytes(R"(<html><head>
        <meta property="og:title" content="가상철강, 수소환원제철 투자">
        <meta name="article:published_time" content="2024-02-01T08:00:00+09:00"></head><body>
        <article><header><h1>가상철강, 수소환원제철 투자</h1><p class="byline">한서윤 기자 seoyun@gasangsteel-news.com</p></header>
        <p>가상철강이 수소환원제철 설비에 5조원을 투자한다. 설비는 2030년 가동된다.</p>
        <footer><p>관련 태그: 철강</p></footer></article>
        <div id="footer"><p class="copyright">ⓒ 가상철강신문 무단전재 금지</p></div></body></html>)",
        "steel.html");
    REQUIRE(article);
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "한서윤");
    CHECK(article->metadata.outlet == "가상철강신문");
    CHECK(article->metadata.publishedDate == "2024-02-01T08:00");
    CHECK_FALSE(bodyHas(*article, "관련 태그"));
    CHECK(countInBody(*article, "가상철강, 수소환원제철 투자") == 1);
}

TEST_CASE("Photo captions inside the body container are dropped", "[text][html]")
{
    const HtmlArticle page = htmlToText(R"(<div id="newsct_article"><article id="dic_area">
        <span class="end_photo_org"><img src="a.jpg"><em class="img_desc">가상공장 전경. 가상전자 제공</em></span>
        가상전자가 울산 공장을 증설한다. 투자액은 1조원이다.<br><br>
        <div class="article_view_caption">공장 내부 모습</div>
        증설은 내년 말 끝난다.</article></div>)");
    CHECK(page.text == "가상전자가 울산 공장을 증설한다. 투자액은 1조원이다.\n증설은 내년 말 끝난다.");
}

TEST_CASE("A markup fragment in a .txt file is read as HTML, a marker line is not", "[text][html]")
{
    const Article fragment = readText("<p>가상물산이 해외 법인을 세웠다.</p><p>법인은 베트남에 있다.</p>", "fragment.txt");
    CHECK(fragment.body == "가상물산이 해외 법인을 세웠다.\n법인은 베트남에 있다.");
    const Article marker = readText("<이미지를 클릭하시면 크게 보실 수 있습니다>\n가상물산이 해외 법인을 세웠다. 법인은 베트남에 있다.", "marker.txt");
    CHECK(marker.body == "가상물산이 해외 법인을 세웠다. 법인은 베트남에 있다.");
}

TEST_CASE("JSON-LD dates and author meta tags are used", "[text][html]")
{
    const auto article = ArticleReader().readBytes(R"(<html><head><title>가상항공 신규 취항</title>
        <meta name="author" content="윤하람 기자">
        <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-09-07T06:30:00+09:00"}</script>
        <script>var datePublished = "1999-01-01";</script></head>
        <body><article><p>가상항공이 하노이 노선에 신규 취항한다. 주 7회 운항한다.</p></article></body></html>)",
        "air.html");
    REQUIRE(article);
    CHECK(article->metadata.publishedDate == "2023-09-07T06:30");
    REQUIRE(article->metadata.reporters.size() == 1);
    CHECK(article->metadata.reporters[0].name == "윤하람");
    CHECK_FALSE(bodyHas(*article, "NewsArticle"));
}

TEST_CASE("Chrome class names match whole words only", "[text][html]")
{
    const HtmlArticle page = htmlToText(R"(<div class="commentary_body"><p>가상대학 교수의 칼럼이다. 규제를 풀어야 한다고 주장한다.</p>
        <div class="comments-area"><p>첫 댓글입니다</p></div><div class="btn_share">공유</div></div>)");
    CHECK(page.text == "가상대학 교수의 칼럼이다. 규제를 풀어야 한다고 주장한다.");
}

TEST_CASE("The tighter of nested body candidates wins", "[text][html]")
{
    const HtmlArticle wrapped = htmlToText(R"(<div id="content"><div class="tools">글꼴 인쇄</div>
        <div class="content_text"><p>가상전자가 울산에 새 공장을 짓는다고 밝혔다. 투자액은 3조원이며 2027년 완공 예정이다.</p>
        <p>회사는 직원 500명을 새로 뽑는다.</p></div></div>)");
    CHECK(wrapped.text == "가상전자가 울산에 새 공장을 짓는다고 밝혔다. 투자액은 3조원이며 2027년 완공 예정이다.\n회사는 직원 500명을 새로 뽑는다.");

    const HtmlArticle article = htmlToText(R"(<div id="content"><ul><li>다른 기사 제목이 길게 이어지는 목록 하나</li>
        <li>다른 기사 제목이 길게 이어지는 목록 둘</li><li>다른 기사 제목이 길게 이어지는 목록 셋</li></ul>
        <article><p>가상은행이 새 지점을 열었다고 밝혔다. 지점은 서울 강남에 있으며 직원 20명이 일한다.</p></article></div>)");
    CHECK(article.text == "가상은행이 새 지점을 열었다고 밝혔다. 지점은 서울 강남에 있으며 직원 20명이 일한다.");
}
