#include "extract/PlaceNames.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/RoleTitles.h"
#include "extract/TriggerTable.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

namespace newsgraph::core {
namespace {

std::string_view surface(const AnalysedSentence& s, const EntityCandidate& c)
{
    return std::string_view(s.sentence->text).substr(c.begin, c.end - c.begin);
}

bool covered(const AnalysedSentence& s, std::size_t token)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= token && token <= c.lastToken; });
}

// A state, province, prefecture or county: the level below which towns are named ("조지아주", "경기도").
bool isRegion(std::string_view text)
{
    // Only provinces end in 도 as a level ("경기도", "충청남도"); islands and districts do too ("여의도", "영종도").
    const bool province = text.ends_with("북도") || text.ends_with("남도") || text.ends_with("자치도") ||
                          text == "경기도" || text == "강원도" || text == "제주도";
    return province || text.ends_with("주") || text.ends_with("현") || text.ends_with("카운티");
}

// Particles of location: "퀸크리크에", "라운드록에서". Other particles after a region are mostly common nouns
// ("조지아주 일자리의").
bool isLocative(std::string_view particle)
{
    static constexpr std::array forms{std::string_view{"에"}, std::string_view{"에서"}, std::string_view{"에는"},
                                      std::string_view{"에도"}, std::string_view{"에서는"}, std::string_view{"에서도"}};
    return std::find(forms.begin(), forms.end(), particle) != forms.end();
}

// Words that follow a place name without naming a smaller one ("텍사스주 전역에", "경기도 인근에").
bool isAreaWord(std::string_view word)
{
    static const std::unordered_set<std::string_view> words{
        "전역", "일대", "인근", "곳곳", "전체", "외곽", "북부", "남부", "동부", "서부", "중부", "북동부", "남동부", "북서부",
        "남서부", "도심", "시내", "지역", "현지", "주민", "정부", "당국", "의회", "법원", "공장", "본사", "사무소", "캠퍼스",
        "연구", "지구", "요구", "도구", "추구", "기구", "인구", "해군", "육군", "공군", "미군", "주정부", "시장", "경제",
        "여행", "관광", "방문", "출장", "진출", "공급", "건설", "생산", "수출", "판매", "매장", "거점", "예산", "교육", "선거",
        "의료", "농업", "관할", "주변", "해안", "내륙", "농촌", "어촌", "산간", "투자", "이전", "유치", "설립", "부지",
        // endings of objects that end in 구 like districts ("환풍구", "비상구", "배수구")
        "입구", "출구", "상구", "수구", "풍구", "화구", "전구", "가구", "공구", "완구", "문구", "통구", "기구",
    };
    return words.contains(word);
}

// Last syllables of institutions and facilities ("대한상공회의소", "연구원", "공장"), which are not towns.
bool endsLikeInstitution(std::string_view word)
{
    static const std::unordered_set<char32_t> endings{U'소', U'원', U'회', U'관', U'청', U'사', U'점', U'장', U'터',
                                                       U'교', U'당', U'실', U'국', U'처', U'부', U'단', U'팀', U'업', U'서'};
    if (!utf8::allHangul(word)) return false;
    // "연천지역", "수도권": a place with an area word glued on is not a new place's name.
    for (std::string_view area : {"지역", "지방", "일대", "권역", "인근"})
        if (word.ends_with(area)) return true;
    return endings.contains(utf8::last(word));
}

// A word that may name a town or district: a name word no rule has claimed and no common noun.
bool isTownWord(std::string_view word)
{
    if (!isNameWord(word, 6) || isAreaWord(word) || isGenericNoun(word) || matchRoleTitle(word) ||
        isCompanyDescriptor(word) || isProductDescriptor(word) || utf8::containsDigit(word))
        return false;
    if (utf8::allHangul(word) && utf8::length(word) < 2) return false;
    return !endsLikeInstitution(word);
}

// "유성구", "강남구", "울주군", "중구": districts and counties of Korean cities.
bool isDistrictWord(std::string_view word)
{
    if (!utf8::allHangul(word) || !(word.ends_with("구") || word.ends_with("군"))) return false;
    const std::size_t n = utf8::length(word);
    if (n == 2) {
        const std::string_view first = utf8::prefix(word, 1);
        return word.ends_with("구") && (first == "중" || first == "동" || first == "서" || first == "남" || first == "북");
    }
    return n <= 4 && !isAreaWord(utf8::suffix(word, 2)) && !isGenericNoun(word);
}

// "인도 타밀나두주", "미국 조지아주": a state named after its country.
bool isStateWord(std::string_view word)
{
    if (!utf8::allHangul(word) || !word.ends_with("주") || utf8::length(word) < 3) return false;
    const std::string_view stem = utf8::prefix(word, utf8::length(word) - 1);
    // Weeks, shareholders and, in market news, kinds of shares ("미국 기술주", "성장주", "개인주주").
    static const std::unordered_set<std::string_view> notStates{
        "이번", "지난", "다음", "매", "올", "첫", "주", "금", "내", "지난달", "최대", "대", "소", "맥", "창업", "설립", "성장",
        "가치", "우선", "보통", "대형", "중형", "소형", "중소형", "배당", "테마", "수혜", "방산", "금융", "은행", "게임",
        "바이오", "자동차", "에너지", "우량", "인기", "주도", "대장", "경기민감", "경기방어", "기술", "반도체", "조선", "철강",
        "화학", "건설", "통신", "증권", "보험", "원전", "항공", "해운", "여행", "소비재", "필수소비재", "유틸리티", "인터넷",
        "플랫폼", "빅테크", "소프트웨어", "제약", "전기차", "배터리", "이차전지", "엔터", "미디어", "리츠", "저평가", "고평가"};
    if (stem.ends_with("주") || stem.ends_with("형")) return false; // 개인주주, 중대형주
    return !notStates.contains(stem) && !isGenericNoun(stem) && !isFunctionWord(stem) && isNameWord(stem, 6);
}

// "본사를", "유럽 법인을", "배터리 공장이": a site noun, with at most one describing word before it, right after
// the place; a firm named after a country never takes 에 before its headquarters.
bool siteFollows(const std::vector<Token>& tokens, std::size_t from)
{
    for (std::size_t k = from; k < tokens.size() && k < from + 2; ++k) {
        if (!tokens[k].isWord()) return false;
        const std::string_view p = tokens[k].particle;
        if ((tokens[k].stem == "본사" || isOfficeNoun(tokens[k].stem)) && (p == "을" || p == "를" || p == "이" || p == "가"))
            return true;
        if (!p.empty()) return false;
    }
    return false;
}

// "AI 칩 스타트업 Y", "게임 개발사 Y": within a few bare words, a noun for a kind of firm and then a name word.
// Ownership nouns ("자회사", "계열사") are left out: "미국 X의 자회사" names X's subsidiary, X being a firm.
bool firmKindFollows(const std::vector<Token>& tokens, std::size_t from)
{
    for (std::size_t k = from; k < tokens.size() && k < from + 4; ++k) {
        if (!tokens[k].isWord() || !tokens[k].particle.empty()) return false;
        const std::string_view w = tokens[k].stem;
        const bool ownership = w.ends_with("자회사") || w.ends_with("계열사") || w == "지주사" || w.ends_with("합작사") ||
                               w.ends_with("합작법인") || w == "모회사";
        if (isCompanyDescriptor(w) && !ownership) return k + 1 < tokens.size() && tokens[k + 1].isWord();
    }
    return false;
}

EntityCandidate placeAt(const AnalysedSentence& s, std::size_t i, double confidence, const char* rule)
{
    return EntityCandidate::forStem(i, s.tokens[i], std::string(s.tokens[i].stem), EntityType::Place, confidence,
                                    std::string(rule));
}

} // namespace

void PlaceNames::propose(AnalysedSentence& s) const
{
    const auto& tokens = s.tokens;
    // Candidates added here may introduce the next place ("텍사스주 윌리엄슨카운티 라운드록에서"): walk by index.
    for (std::size_t k = 0; k < s.candidates.size(); ++k) {
        const EntityCandidate upper = s.candidates[k];
        const bool place = upper.type == EntityType::Place || upper.type == EntityType::Government;
        if (!(place || upper.type == EntityType::Country)) continue;
        const std::size_t i = upper.lastToken + 1;
        if (i >= tokens.size() || !tokens[upper.lastToken].particle.empty() || !tokens[i].isWord() || !tokens[i].spaceBefore ||
            tokens[i].stem.empty() || covered(s, i))
            continue;
        const Token& next = tokens[i];
        const std::string_view word = next.stem;
        if (upper.type == EntityType::Country) {
            if (isStateWord(word)) s.candidates.push_back(placeAt(s, i, 0.6, "state-after-country"));
            // "이스라엘 예루살렘에 본사를 둔", "폴란드 그단스크에 공장을": a town where a site stands.
            else if (isTownWord(word) && isLocative(next.particle) && siteFollows(tokens, i + 1) &&
                     !matchOrganisationSuffix(word))
                s.candidates.push_back(placeAt(s, i, 0.55, "town-after-country"));
            // "영국 브리스톨의 AI 칩 스타트업 Y": a town in the genitive describing a firm by its kind.
            else if (isTownWord(word) && next.particle == "의" && firmKindFollows(tokens, i + 1) && !matchOrganisationSuffix(word))
                s.candidates.push_back(placeAt(s, i, 0.5, "town-of-firm"));
            // "헝가리 라칼마스 공장", "독일 하이데 공장": a plant named by its country and town.
            else if (isTownWord(word) && next.particle.empty() && i + 1 < tokens.size() && tokens[i + 1].isWord() &&
                     (tokens[i + 1].stem == "공장" || tokens[i + 1].stem == "공장부지") && !matchOrganisationSuffix(word))
                s.candidates.push_back(placeAt(s, i, 0.5, "town-before-plant"));
            continue;
        }
        if (isDistrictWord(word)) {
            s.candidates.push_back(placeAt(s, i, 0.6, "district-after-city"));
            continue;
        }
        if (!isRegion(surface(s, upper))) continue;
        const bool placeSuffix = word.ends_with("카운티") || word.ends_with("시") || word.ends_with("군");
        if (!isTownWord(word) || !(isLocative(next.particle) || placeSuffix)) continue;
        if (const auto m = matchOrganisationSuffix(word); m && m->type != EntityType::Place && !placeSuffix) continue;
        s.candidates.push_back(placeAt(s, i, 0.55, "town-after-region"));
    }
}

} // namespace newsgraph::core
