#include "extract/NameShape.h"

#include "extract/GenericNouns.h"
#include "extract/Utf8Scan.h"
#include "text/WordSet.h"

#include <algorithm>
#include <array>
#include <string>

namespace newsgraph::core {
namespace {

const WordSet& surnames()
{
    static const WordSet set{
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류",
        "유", "홍", "전", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우",
        "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소",
        "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모",
        "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "계", "피", "두",
        "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "갈", "서문", "남궁", "황보", "제갈", "선우",
        "독고", "사공", "동방", "어금",
    };
    return set;
}

} // namespace

bool isKoreanSurname(std::string_view syllable) { return surnames().contains(syllable); }

bool looksLikeKoreanPersonName(std::string_view word)
{
    if (!utf8::allHangul(word)) return false;
    const std::size_t n = utf8::length(word);
    // Two-syllable words that start with a surname are mostly common words ("이날", "소속", "김모"): only
    // three syllables, or four with a double surname, count as a name.
    if (n < 3 || n > 4) return false;
    if (isGenericNoun(word) || isFunctionWord(word)) return false;
    if (word.ends_with("모") || word.ends_with("씨") || word.ends_with("측")) return false; // 김모, 박모 씨
    // Given names rarely end in syllables that end common nouns ("지역구", "이사회", "조사단", "정부안").
    static const WordSet nounEndings{"구", "회", "부", "단", "청", "실", "과", "처", "들", "당",
                                                                "층", "계", "권", "률", "율", "력", "법", "업", "품", "물",
                                                                "비", "세", "안", "장", "론", "적", "측"};
    if (nounEndings.contains(utf8::suffix(word, 1))) return false;
    if (n == 4) return surnames().contains(utf8::prefix(word, 2)); // double surnames only
    return surnames().contains(utf8::prefix(word, 1)) || surnames().contains(utf8::prefix(word, 2));
}

bool isNameWord(std::string_view word, std::size_t maxSyllables)
{
    if (word.empty() || isGenericNoun(word) || isFunctionWord(word)) return false;
    const char32_t first = utf8::first(word);
    if (utf8::isAsciiDigit(first)) return false;
    std::size_t hangul = 0;
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t c = utf8::next(word, pos);
        if (utf8::isHangulSyllable(c)) ++hangul;
        else if (!(utf8::isAsciiLetter(c) || utf8::isAsciiDigit(c) || c == '-' || c == '&' || c == '+' || c == '.'))
            return false;
    }
    return hangul <= maxSyllables;
}

bool isAcronym(std::string_view word)
{
    if (word.size() < 2 || word.size() > 6 || !utf8::isAsciiUpper(static_cast<unsigned char>(word[0]))) return false;
    for (char c : word)
        if (!(utf8::isAsciiUpper(static_cast<unsigned char>(c)) || utf8::isAsciiDigit(static_cast<unsigned char>(c)) || c == '&'))
            return false;
    return true;
}

ArgumentRole roleAfter(const std::vector<Token>& tokens, std::size_t last, std::size_t* particleToken)
{
    if (particleToken) *particleToken = last;
    if (last >= tokens.size()) return ArgumentRole::None;
    if (!tokens[last].particle.empty()) return tokens[last].role;
    std::size_t i = last + 1;
    // Skip one parenthetical group and closing quotes written directly after the name.
    if (i < tokens.size() && tokens[i].punct == PunctKind::OpenParen && !tokens[i].spaceBefore) {
        int depth = 0;
        for (; i < tokens.size(); ++i) {
            if (tokens[i].punct == PunctKind::OpenParen) ++depth;
            if (tokens[i].punct == PunctKind::CloseParen && --depth == 0) {
                ++i;
                break;
            }
        }
    }
    while (i < tokens.size() && (tokens[i].punct == PunctKind::CloseQuote || tokens[i].punct == PunctKind::CloseParen) &&
           !tokens[i].spaceBefore)
        ++i;
    if (i < tokens.size() && i > last + 1 && tokens[i].isWord() && !tokens[i].spaceBefore && tokens[i].stem.empty()) {
        if (particleToken) *particleToken = i;
        return tokens[i].role;
    }
    return ArgumentRole::None;
}

// The eighteen most frequent Korean surnames: names starting with them are Korean far more often than
// transliterations are ("제임스", "주니치" start with rarer ones).
bool hasCommonSurname(std::string_view word)
{
    static constexpr std::array common{
        std::string_view{"김"}, std::string_view{"이"}, std::string_view{"박"}, std::string_view{"최"},
        std::string_view{"정"}, std::string_view{"강"}, std::string_view{"조"}, std::string_view{"윤"},
        std::string_view{"장"}, std::string_view{"임"}, std::string_view{"한"}, std::string_view{"오"},
        std::string_view{"서"}, std::string_view{"신"}, std::string_view{"권"}, std::string_view{"황"},
        std::string_view{"안"}, std::string_view{"송"}};
    return std::find(common.begin(), common.end(), utf8::prefix(word, 1)) != common.end();
}

// For "홍길동 네오랩 대표": a Korean name that is unlikely to be a Japanese or Western one ("이케다", "도널드").
bool isKoreanBusinessName(std::string_view word)
{
    static constexpr std::array risky{std::string_view{"도"}, std::string_view{"제"}, std::string_view{"주"},
                                      std::string_view{"하"}, std::string_view{"우"}, std::string_view{"구"},
                                      std::string_view{"나"}, std::string_view{"마"}, std::string_view{"모"},
                                      std::string_view{"소"}, std::string_view{"어"}, std::string_view{"인"},
                                      std::string_view{"사"}, std::string_view{"부"}, std::string_view{"가"},
                                      std::string_view{"기"}, std::string_view{"고"}};
    static constexpr std::array japaneseEndings{std::string_view{"다"}, std::string_view{"코"}, std::string_view{"키"},
                                                std::string_view{"로"}, std::string_view{"타"}, std::string_view{"카"},
                                                std::string_view{"케"}, std::string_view{"네"}, std::string_view{"루"},
                                                std::string_view{"마"}, std::string_view{"야"}, std::string_view{"와"}};
    if (!looksLikeKoreanPersonName(word)) return false;
    if (std::find(risky.begin(), risky.end(), utf8::prefix(word, 1)) != risky.end()) return false;
    return std::find(japaneseEndings.begin(), japaneseEndings.end(), utf8::suffix(word, 1)) == japaneseEndings.end();
}

} // namespace newsgraph::core
