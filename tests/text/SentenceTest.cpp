// Sentence splitting: ICU plus Korean news fixes (quotes, 다"고, decimals, parentheses, abbreviations).
#include "TextTestSupport.h"

#include "text/SentenceSplitter.h"

using namespace newsgraph::core;
using namespace newsgraph::core::testing;

namespace {

std::vector<std::string> sentencesOf(std::string_view line)
{
    std::vector<std::string> sentences;
    for (const TextSpan& span : SentenceSplitter::split(line))
        sentences.emplace_back(line.substr(span.begin, span.end - span.begin));
    return sentences;
}

using Sentences = std::vector<std::string>;

} // namespace

TEST_CASE("Plain Korean sentences split after 다.", "[text][sentences]")
{
    CHECK(sentencesOf("가상전자가 공장을 짓는다. 공장은 울산에 있다. 직원은 300명이다.")
          == Sentences{"가상전자가 공장을 짓는다.", "공장은 울산에 있다.", "직원은 300명이다."});
    CHECK(sentencesOf("우리는 어떻게 해야 할까? 답은 융합이다! 그렇다.")
          == Sentences{"우리는 어떻게 해야 할까?", "답은 융합이다!", "그렇다."});
    CHECK(sentencesOf("   ").empty());
    CHECK(sentencesOf("끝 문장 부호가 없는 줄") == Sentences{"끝 문장 부호가 없는 줄"});
}

TEST_CASE("Quotes continued by a particle are one sentence", "[text][sentences]")
{
    CHECK(sentencesOf("그는 “인력이 부족하다. 대책이 필요하다”고 말했다. 다음 문장이다.")
          == Sentences{"그는 “인력이 부족하다. 대책이 필요하다”고 말했다.", "다음 문장이다."});
    CHECK(sentencesOf("대표는 \"공장을 짓겠다.\"고 밝혔다. 주가는 올랐다.")
          == Sentences{"대표는 \"공장을 짓겠다.\"고 밝혔다.", "주가는 올랐다."});
    CHECK(sentencesOf("그는 “첫째다. 둘째다”라며 “셋째다”고 했다.") == Sentences{"그는 “첫째다. 둘째다”라며 “셋째다”고 했다."});
    CHECK(sentencesOf("그는 ‘이건 시작이다.’라고 썼다.") == Sentences{"그는 ‘이건 시작이다.’라고 썼다."});
    // A quote that ends the sentence is still a boundary.
    CHECK(sentencesOf("그가 말했다. “내일 간다.” 모두 놀랐다.") == Sentences{"그가 말했다.", "“내일 간다.”", "모두 놀랐다."});
}

TEST_CASE("An unclosed quote does not swallow the rest of the line", "[text][sentences]")
{
    CHECK(sentencesOf("그는 “인력이 부족하다. 대책이 필요하다. 정말이다.").size() == 3);
}

TEST_CASE("Parentheses, decimals, abbreviations and ellipses do not split", "[text][sentences]")
{
    CHECK(sentencesOf("매출(전년 대비 3.5% 증가. 잠정치)이 늘었다. 이익도 늘었다.")
          == Sentences{"매출(전년 대비 3.5% 증가. 잠정치)이 늘었다.", "이익도 늘었다."});
    CHECK(sentencesOf("부족 인력이 5.3배나 증가했다. 금리는 1.5%다.") == Sentences{"부족 인력이 5.3배나 증가했다.", "금리는 1.5%다."});
    CHECK(sentencesOf("그는 U.S. Steel 인수를 두고 Dr. Kim과 논의했다. 결론은 없었다.")
          == Sentences{"그는 U.S. Steel 인수를 두고 Dr. Kim과 논의했다.", "결론은 없었다."});
    CHECK(sentencesOf("No. 1 기업이 됐다. 정말이다.") == Sentences{"No. 1 기업이 됐다.", "정말이다."});
    CHECK(sentencesOf("자세한 내용은 mk.co.kr에서 볼 수 있다.") == Sentences{"자세한 내용은 mk.co.kr에서 볼 수 있다."});
    CHECK(sentencesOf("그런데... 결과는 달랐다. 모두 놀랐다.") == Sentences{"그런데... 결과는 달랐다.", "모두 놀랐다."});
    CHECK(sentencesOf("기다렸지만… 아무도 오지 않았다.") == Sentences{"기다렸지만… 아무도 오지 않았다."});
    CHECK(sentencesOf("끝났다... 새 시작이다.") == Sentences{"끝났다...", "새 시작이다."});
}

TEST_CASE("Lines are always boundaries and offsets point into the body", "[text][sentences]")
{
    const Article article = readText("제목 줄\n첫 문장이 “따옴표를 열고\n다음 줄에서 닫는다”고 했다.\n마지막이다.");
    REQUIRE(article.sentences.size() == 4);
    CHECK(article.sentences[0].kind == SentenceKind::Headline);
    CHECK(article.sentences[1].text == "첫 문장이 “따옴표를 열고");
    CHECK(article.sentences[2].text == "다음 줄에서 닫는다”고 했다.");
    for (const Sentence& sentence : article.sentences)
        CHECK(article.body.substr(sentence.begin, sentence.end - sentence.begin) == sentence.text);
    CHECK(article.sentences[3].index == 3);
}

TEST_CASE("Short lines after the first paragraph are sub-headlines", "[text][sentences]")
{
    const Article article = readText("가상전자, 새 공장\n정부 전폭적으로 지원\n해외 인재도 몰려\n"
                                     "가상전자가 울산에 새 공장을 짓는다. 투자 규모는 3조원이다.\n남은 과제는 인력\n"
                                     "회사는 인력 확보가 관건이라고 밝혔다.\n");
    REQUIRE(article.sentences.size() == 7);
    const std::vector<SentenceKind> kinds = {SentenceKind::Headline, SentenceKind::Headline, SentenceKind::Headline,
                                             SentenceKind::Body,     SentenceKind::Body,     SentenceKind::Headline,
                                             SentenceKind::Body};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        INFO(article.sentences[i].text);
        CHECK(article.sentences[i].kind == kinds[i]);
    }
}
