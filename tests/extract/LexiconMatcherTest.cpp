// The lexicon matcher: leftmost-longest hits, word boundaries, particles, normalisation and offsets.
#include "extract/LexiconMatcher.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

using namespace newsgraph::core;

namespace {

Lexicon testLexicon()
{
    Lexicon lexicon;
    lexicon.add({"openai", "오픈AI", EntityType::Company, {"OpenAI", "오픈에이아이"}, {}});
    lexicon.add({"microsoft", "마이크로소프트", EntityType::Company, {"MS", "Microsoft"}, {}});
    lexicon.add({"nvidia", "엔비디아", EntityType::Company, {"NVIDIA"}, {}});
    lexicon.add({"kakao", "카카오", EntityType::Company, {"Kakao"}, {}});
    lexicon.add({"kakao-ventures", "카카오벤처스", EntityType::Investor, {}, {}});
    lexicon.add({"meta", "메타", EntityType::Company, {"Meta"}, {}});
    lexicon.add({"apple", "애플", EntityType::Company, {"Apple"}, {}});
    lexicon.add({"google", "구글", EntityType::Company, {"Google"}, {}});
    lexicon.add({"google-brain", "구글브레인", EntityType::Company, {"구글 브레인", "Google Brain"}, {}});
    lexicon.add({"japan-gov", "일본 정부", EntityType::Government, {}, {}});
    lexicon.add({"japan", "일본", EntityType::Country, {"日", "日本", "일"}, {}});
    lexicon.add({"usa", "미국", EntityType::Country, {"美", "미"}, {}});
    lexicon.add({"korea", "한국", EntityType::Country, {"韓", "한"}, {}});
    lexicon.add({"china", "중국", EntityType::Country, {"中", "중"}, {}});
    lexicon.add({"la", "로스앤젤레스", EntityType::Place, {"LA"}, {}});
    lexicon.add({"lg-uplus", "LG유플러스", EntityType::Company, {"엘지유플러스", "LG U+"}, {}});
    lexicon.add({"lg", "LG그룹", EntityType::Company, {"LG", "엘지"}, {}});
    lexicon.add({"chatgpt", "챗GPT", EntityType::Product, {"ChatGPT"}, {}});
    lexicon.add({"gpt4", "GPT-4", EntityType::Product, {"GPT4"}, {}});
    lexicon.add({"stanford", "스탠퍼드대학교", EntityType::Academia, {"스탠퍼드대", "스탠포드대", "Stanford University"}, {}});
    lexicon.add({"sony", "소니", EntityType::Company, {"ソニー", "Sony"}, {}});
    return lexicon;
}

struct Found {
    std::string id;
    std::string surface;
    bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& found)
{
    return out << found.id << ':' << found.surface;
}

std::vector<Found> findIn(const LexiconMatcher& matcher, std::string_view text)
{
    std::vector<Found> result;
    for (const auto& hit : matcher.find(text)) {
        REQUIRE(hit.entry);
        REQUIRE(hit.end <= text.size());
        CHECK(std::string(text.substr(hit.begin, hit.end - hit.begin)) == hit.surface);
        result.push_back({hit.entry->id, hit.surface});
    }
    return result;
}

using V = std::vector<Found>;

} // namespace

TEST_CASE("Matcher finds Hangul names followed by particles", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "오픈AI가 도쿄에 사무소를 열었다") == V{{"openai", "오픈AI"}});
    CHECK(findIn(matcher, "엔비디아와 아마존은") == V{{"nvidia", "엔비디아"}});
    CHECK(findIn(matcher, "카카오로부터 투자를 받았다") == V{{"kakao", "카카오"}});
    CHECK(findIn(matcher, "메타는 새 모델을") == V{{"meta", "메타"}});
    CHECK(findIn(matcher, "애플과 구글의 경쟁") == V{{"apple", "애플"}, {"google", "구글"}});
    CHECK(findIn(matcher, "애플에서는") == V{{"apple", "애플"}});
    CHECK(findIn(matcher, "메타였다") == V{{"meta", "메타"}});
}

TEST_CASE("Matcher rejects short Hangul names inside longer words", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "메타버스 시장이 커진다").empty());
    CHECK(findIn(matcher, "애플리케이션을 설치했다").empty());
    CHECK(findIn(matcher, "구글링으로 찾았다").empty());
    CHECK(findIn(matcher, "대한민국의 미래").empty());
    CHECK(findIn(matcher, "미국산 소고기") .empty());
    CHECK(findIn(matcher, "메타AI").empty());
}

TEST_CASE("Matcher requires a word start for Hangul names", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "스카카오 은행").empty());
    CHECK(findIn(matcher, "(카카오)") == V{{"kakao", "카카오"}});
    CHECK(findIn(matcher, "'엔비디아'") == V{{"nvidia", "엔비디아"}});
    CHECK(findIn(matcher, "美엔비디아") == V{{"usa", "美"}, {"nvidia", "엔비디아"}});
}

TEST_CASE("Matcher: Latin aliases need Latin boundaries on both sides", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "MSG를 넣었다").empty());
    CHECK(findIn(matcher, "AMS 장비").empty());
    CHECK(findIn(matcher, "MS의 투자") == V{{"microsoft", "MS"}});
    CHECK(findIn(matcher, "마이크로소프트(MS)가") == V{{"microsoft", "마이크로소프트"}, {"microsoft", "MS"}});
    CHECK(findIn(matcher, "미국MS는") == V{{"microsoft", "MS"}});
    CHECK(findIn(matcher, "LA에서 열린") == V{{"la", "LA"}});
}

TEST_CASE("Matcher: short capital acronyms are case-sensitive, other Latin names are not", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "it took 30 ms in la la land").empty());
    CHECK(findIn(matcher, "openai and Nvidia") == V{{"openai", "openai"}, {"nvidia", "Nvidia"}});
    CHECK(findIn(matcher, "MICROSOFT") == V{{"microsoft", "MICROSOFT"}});
}

TEST_CASE("Matcher picks the leftmost longest hit", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "카카오벤처스가 투자했다") == V{{"kakao-ventures", "카카오벤처스"}});
    CHECK(findIn(matcher, "구글브레인의 도쿄 연구소") == V{{"google-brain", "구글브레인"}});
    CHECK(findIn(matcher, "일본 정부는 지원한다") == V{{"japan-gov", "일본 정부"}});
    CHECK(findIn(matcher, "일본은 어떻게") == V{{"japan", "일본"}});
    CHECK(findIn(matcher, "LG유플러스와 LG") == V{{"lg-uplus", "LG유플러스"}, {"lg", "LG"}});
    CHECK(findIn(matcher, "GPT-4 모델") == V{{"gpt4", "GPT-4"}});
    CHECK(findIn(matcher, "GPT-4o 모델").empty());
}

TEST_CASE("Matcher: spacing variants of Hangul names", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "일본정부 전폭적으로 지원") == V{{"japan-gov", "일본정부"}});
    CHECK(findIn(matcher, "오픈 AI의 CEO") == V{{"openai", "오픈 AI"}});
    CHECK(findIn(matcher, "구글 브레인") == V{{"google-brain", "구글 브레인"}});
    CHECK(findIn(matcher, "일본   정부가") == V{{"japan-gov", "일본   정부"}});
    CHECK(findIn(matcher, "Stanford  University") == V{{"stanford", "Stanford  University"}});
}

TEST_CASE("Matcher normalises width and case and maps offsets to the original bytes", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    const std::string text = "“ＯｐｅｎＡＩ”와 챗ＧＰＴ를";
    const auto hits = matcher.find(text);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].entry->id == "openai");
    CHECK(hits[0].surface == "ＯｐｅｎＡＩ");
    CHECK(hits[0].begin == std::string("“").size());
    CHECK(hits[1].surface == "챗ＧＰＴ");
    CHECK(text.substr(hits[1].end) == "를");
    CHECK(findIn(matcher, "오픈\u200BAI가") == V{{"openai", "오픈\u200BAI"}});
}

TEST_CASE("Matcher: one-syllable country forms only in chains like 한·미·일", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "미·일 정상회담") == V{{"usa", "미"}, {"japan", "일"}});
    CHECK(findIn(matcher, "한·미·일 공조") == V{{"korea", "한"}, {"usa", "미"}, {"japan", "일"}});
    CHECK(findIn(matcher, "한·중의 협력") == V{{"korea", "한"}, {"china", "중"}});
    CHECK(findIn(matcher, "중·고등학교").empty());
    CHECK(findIn(matcher, "일·가정 양립").empty());
    CHECK(findIn(matcher, "미 정부와 일 처리").empty());
    CHECK(findIn(matcher, "일을 했다").empty());
}

TEST_CASE("Matcher: hanja country abbreviations stand alone or in chains", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "日 대학에 투자하는 美 기업들") == V{{"japan", "日"}, {"usa", "美"}});
    CHECK(findIn(matcher, "韓美日 협력") == V{{"korea", "韓"}, {"usa", "美"}, {"japan", "日"}});
    CHECK(findIn(matcher, "日本") == V{{"japan", "日本"}});
    CHECK(findIn(matcher, "日曜日").empty());
    CHECK(findIn(matcher, "ソニーが") == V{{"sony", "ソニー"}});
}

TEST_CASE("Matcher handles empty text, no hits and text without lexicon", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(matcher.find("").empty());
    CHECK(matcher.find("   ").empty());
    CHECK(matcher.find("아무 이름도 없는 문장이다.").empty());
    const Lexicon empty;
    const LexiconMatcher none(empty);
    CHECK(none.find("오픈AI").empty());
}

TEST_CASE("Matcher over the shipped lexicon finds well-known names in sample-like sentences", "[matcher][resources]")
{
    auto lexicon = Lexicon::loadDirectory(std::filesystem::path(NEWSGRAPH_RESOURCES_DIR) / "lexicon");
    REQUIRE(lexicon);
    const LexiconMatcher matcher(*lexicon);
    const auto ids = [&](std::string_view text) {
        std::vector<std::string> result;
        for (const auto& hit : matcher.find(text))
            result.push_back(hit.entry->id);
        return result;
    };
    CHECK(ids("오픈AI 투자사인 마이크로소프트(MS) 역시 일본에 투자한다")
          == std::vector<std::string>{"openai", "microsoft", "microsoft", "japan"});
    CHECK(ids("샘 올트먼 오픈AI 최고경영자(CEO)는") == std::vector<std::string>{"sam-altman", "openai"});
    CHECK(ids("과학기술정보통신부 산하 소프트웨어정책연구소가")
          == std::vector<std::string>{"msit", "spri"});
    CHECK(ids("에스케이텔레콤도 7월에") == std::vector<std::string>{"skt"});
}

TEST_CASE("Matcher survives malformed UTF-8 and odd fragments, with offsets inside the text", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    const std::vector<std::string> fragments{"오픈AI", "\xED\x95", "\xFF", "MS", " ", "·", "미", "일", "가", "韓",
                                             "\u200B", "Ａ", "e\u0301", "\xE1\x84\x80", "메타", "(", "”", "\n"};
    std::uint32_t seed = 12345;
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        for (int i = 0; i < 12; ++i) {
            seed = seed * 1103515245 + 12345;
            text += fragments[(seed >> 16) % fragments.size()];
        }
        std::size_t previousEnd = 0;
        for (const auto& hit : matcher.find(text)) {
            INFO(text);
            REQUIRE(hit.begin < hit.end);
            REQUIRE(hit.end <= text.size());
            REQUIRE(hit.begin >= previousEnd);
            previousEnd = hit.end;
        }
    }
}

TEST_CASE("Matcher: names written with a Latin gloss inside still match as a whole", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "엘지(LG)유플러스의 생성형 모델") == V{{"lg-uplus", "엘지(LG)유플러스"}});
    CHECK(findIn(matcher, "마이크로소프트(MS)가 투자") == V{{"microsoft", "마이크로소프트"}, {"microsoft", "MS"}});
    CHECK(findIn(matcher, "엘지(LG)와 카카오") == V{{"lg", "엘지"}, {"lg", "LG"}, {"kakao", "카카오"}});
    CHECK(findIn(matcher, "엘지(LG 그룹)유플러스") == V{{"lg", "엘지"}, {"lg", "LG 그룹"}}); // not a Latin gloss
    CHECK(findIn(matcher, "카카오(Kakao)벤처스") == V{{"kakao-ventures", "카카오(Kakao)벤처스"}});
}

TEST_CASE("Matcher: longer Hangul names may run into a word, but not into one stray syllable", "[matcher]")
{
    const Lexicon lexicon = testLexicon();
    const LexiconMatcher matcher(lexicon);
    CHECK(findIn(matcher, "카카오뱅크가") == V{{"kakao", "카카오"}});
    CHECK(findIn(matcher, "엔비디아코리아는") == V{{"nvidia", "엔비디아"}});
    CHECK(findIn(matcher, "카카오톡으로 보냈다").empty()); // "톡" is one stray syllable
    CHECK(findIn(matcher, "카카오나 네이버").size() == 1);
    CHECK(findIn(matcher, "엔비디아칩").empty());
    CHECK(findIn(matcher, "카카오리를").empty());
}
