#include "extract/OrganisationRecognizer.h"

#include "extract/DescribedCompanyTopic.h"
#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/PlaceNames.h"
#include "extract/RoleTitles.h"
#include "extract/StructureNounNames.h"
#include "extract/TriggerTable.h"
#include "extract/Utf8Scan.h"
#include "text/WordSet.h"
#include "extract/WordAffixes.h"

#include <array>
#include <string>
#include <unordered_set>

namespace newsgraph::core {
namespace {

bool insideParentheses(const std::vector<Token>& tokens, std::size_t index)
{
    int depth = 0;
    for (std::size_t i = 0; i < index; ++i) {
        if (tokens[i].punct == PunctKind::OpenParen) ++depth;
        if (tokens[i].punct == PunctKind::CloseParen && depth > 0) --depth;
    }
    return depth > 0;
}

EntityCandidate make(const AnalysedSentence& s, std::size_t first, std::size_t last, EntityType type, double confidence,
                     const char* rule)
{
    EntityCandidate c;
    c.firstToken = first;
    c.lastToken = last;
    c.begin = s.tokens[first].begin;
    c.end = s.tokens[last].stemEnd();
    c.name = std::string(s.sentence->text.substr(c.begin, c.end - c.begin));
    c.type = type;
    c.source = EntitySource::Rule;
    c.confidence = confidence;
    c.rule = rule;
    return c;
}

// Sino-Korean endings of abstract nouns; a descriptor followed by such a word is not naming a company.
bool endsLikeAbstractNoun(std::string_view word)
{
    static const std::unordered_set<char32_t> endings{U'력', U'성', U'화', U'적', U'계', U'권', U'감', U'률', U'율', U'비',
                                                       U'금', U'물', U'업', U'자', U'들', U'식', U'론', U'법', U'점', U'층',
                                                       U'가', U'제', U'장', U'원', U'체', U'용', U'품', U'사', U'세'};
    if (!utf8::allHangul(word) || !endings.contains(utf8::last(word))) return false;
    // Long transliterations may end in 론 ("넥스트론", "아스트론"); long Sino-Korean compounds ending in 론 are rare.
    return utf8::length(word) <= 3 || utf8::last(word) != U'론';
}

// "게임사 도담을 인수했다", "로봇 스타트업 베어에 투자했다": a two-syllable word after a company noun is a name only
// as the party of a deal verb right after it; elsewhere it is mostly a common noun ("기업 가치를", "업체 측은").
bool twoSyllableDealParty(const std::vector<Token>& tokens, std::size_t name)
{
    const Token& t = tokens[name];
    if (utf8::hangulCount(t.stem) != 2 || !utf8::allHangul(t.stem) || isGenericNoun(t.stem) || isFunctionWord(t.stem))
        return false;
    if (!(t.role == ArgumentRole::Object || t.role == ArgumentRole::Dative || t.role == ArgumentRole::Comitative)) return false;
    for (std::size_t k = name + 1; k < tokens.size() && k <= name + 3; ++k) {
        if (!tokens[k].isWord()) return false;
        const std::string_view w = tokens[k].text;
        for (std::string_view verb : {"인수", "투자", "출자", "협력", "손잡", "손을", "제휴", "합병", "사들", "지분", "업무협약"})
            if (hasPrefix(w, verb)) return !hasPrefix(t.stem, verb);
        if (!utf8::containsDigit(w)) return false; // only an amount may stand between ("베어에 50억원을 투자했다")
    }
    return false;
}

bool coveredByAny(const AnalysedSentence& s, std::size_t first, std::size_t last)
{
    for (const auto& c : s.candidates)
        if (c.firstToken <= last && first <= c.lastToken) return true;
    return false;
}

} // namespace

namespace {
// Company nouns as whole words ("스타트업", "제약사"); compounds of them are accepted more cautiously.
const WordSet& baseCompanyDescriptors()
{
    static const WordSet words{
        "기업", "스타트업", "업체", "회사", "빅테크", "자회사", "계열사", "제조사", "제조업체", "개발사", "운영사", "유니콘",
        "통신사", "게임사", "반도체기업", "테크기업", "IT기업", "대기업", "중견기업", "벤처기업", "플랫폼기업", "핀테크기업",
        "제약사", "제약회사", "바이오기업", "완성차업체", "팹리스", "법무법인", "은행", "증권사", "보험사", "카드사",
        "항공사", "건설사", "유통사", "배급사", "제작사", "설계사", "소프트웨어기업", "디자인하우스",
        "바이오벤처", "바이오텍", "합작사", "합작법인", "핀테크", "손자회사", "지주사", "제약기업", "게임업체", "벤처",
    };
    return words;
}
} // namespace

bool isCompanyDescriptor(std::string_view word)
{
    const auto& words = baseCompanyDescriptors();
    if (words.contains(word)) return true;
    // Compounds that end in a company noun describe a company too: "석유회사", "바이오기업", "배터리업체", "합작법인".
    static constexpr std::array endings{std::string_view{"회사"}, std::string_view{"기업"}, std::string_view{"업체"},
                                        std::string_view{"제조사"}, std::string_view{"개발사"}, std::string_view{"제약사"},
                                        std::string_view{"스타트업"}, std::string_view{"바이오벤처"}, std::string_view{"합작사"},
                                        std::string_view{"합작법인"}, std::string_view{"게임사"}, std::string_view{"팹리스"}};
    // The endings first: most words have none, and the other tests cost more.
    bool compound = false;
    for (auto e : endings)
        if (hasSuffix(word, e) && word.size() > e.size()) {
            compound = true;
            break;
        }
    return compound && utf8::length(word) >= 3 && utf8::allHangul(word) && !isGenericNoun(word);
}

// "도쿄전력, 가시마건설 등 현지 대기업", "제이컵스 등 글로벌 기업들": names listed before 등 and a company noun.
void proposeListedCompanies(AnalysedSentence& s, std::size_t etc)
{
    const auto& tokens = s.tokens;
    bool companies = false;
    for (std::size_t k = etc; k < tokens.size() && k <= etc + 3; ++k) {
        if (!tokens[k].isWord()) break;
        std::string_view w = tokens[k].stem;
        if (w.ends_with("들")) w.remove_suffix(std::string_view("들").size());
        if (k > etc && isCompanyDescriptor(w)) {
            companies = true;
            break;
        }
        if (k > etc && !tokens[k].particle.empty()) break;
    }
    if (!companies) return;
    std::size_t i = etc;
    while (i > 0) {
        std::size_t member = i - 1;
        // Skip an alias in parentheses: "마이크로소프트(MS)".
        if (tokens[member].punct == PunctKind::CloseParen) {
            while (member > 0 && tokens[member].punct != PunctKind::OpenParen) --member;
            if (member == 0) return;
            --member;
        }
        const Token& t = tokens[member];
        if (!t.isWord() || !t.particle.empty() || !isNameWord(t.stem, 8) || matchRoleTitle(t.stem) ||
            isCompanyDescriptor(t.stem) || utf8::containsDigit(t.stem))
            return;
        if (utf8::allHangul(t.stem) && utf8::length(t.stem) < 2) return;
        s.candidates.push_back(make(s, member, member, EntityType::Company, 0.6, "listed-company"));
        if (member == 0) return;
        // "와이즈(Wise)와 리밋리 등": a member joined by 와/과, written on the word or after its parenthesis.
        const Token& joint = tokens[member - 1];
        if (joint.isWord() && joint.role == ArgumentRole::Comitative && joint.particle != "과의" && joint.particle != "와의") {
            if (joint.stem.empty()) {
                i = member - 1;
                continue;
            }
            if (!isNameWord(joint.stem, 8) || matchRoleTitle(joint.stem) || isCompanyDescriptor(joint.stem) ||
                utf8::containsDigit(joint.stem) || (utf8::allHangul(joint.stem) && utf8::length(joint.stem) < 2))
                return;
            s.candidates.push_back(make(s, member - 1, member - 1, EntityType::Company, 0.55, "listed-company"));
            return;
        }
        if (joint.punct != PunctKind::Comma) return;
        i = member - 1;
    }
}

void addPredicateName(AnalysedSentence& s, std::size_t i);

// "프리퍼드인스트럭처에서 2014년 분사했다", "리카노스를 인수하고": only companies are split off or bought.
void proposeByPredicate(AnalysedSentence& s, std::size_t i)
{
    const auto& tokens = s.tokens;
    const Token& t = tokens[i];
    const bool source = t.particle == "에서" || t.particle == "로부터" || t.particle == "으로부터";
    const bool object = t.role == ArgumentRole::Object;
    if (t.stem.empty() || (!source && !object)) return;
    // The predicate first (cheap), the name checks only when it fits.
    bool fits = false;
    for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3 && !fits; ++k) {
        if (!tokens[k].isWord()) return;
        const std::string_view w = tokens[k].text;
        const bool splitOff = source && (w.starts_with("분사") || w.starts_with("분리돼") || w.starts_with("분할"));
        // "언노운월즈를 5억달러에 인수했고": the price may stand between the name and the verb.
        const bool priceHere = k == i + 1 && utf8::containsDigit(tokens[k].text) && tokens[k].particle == "에";
        const bool afterPrice = k == i + 2 && utf8::containsDigit(tokens[i + 1].text) && tokens[i + 1].particle == "에";
        const bool bought = object && (k == i + 1 || afterPrice) &&
                            (w.starts_with("인수") || w.starts_with("합병") || w.starts_with("사들") || w.starts_with("품었"));
        // "SK쉴더스를 세웠다", "엔씨에이아이를 출범시켰다": what is founded or launched is an organisation.
        const bool founded = object && k == i + 1 &&
                             (w.starts_with("세웠") || w.starts_with("설립") || w.starts_with("창업") || w.starts_with("출범"));
        if (founded && (isOfficeNoun(t.stem) || isGenericNoun(t.stem))) return;
        fits = splitOff || bought || founded;
        if (!fits && !tokens[k].particle.empty() && !priceHere) return;
    }
    if (!fits || !isNameWord(t.stem, 12) || matchRoleTitle(t.stem) || isCompanyDescriptor(t.stem)) return;
    addPredicateName(s, i);
}

// "김민준 대표가 창업한 딥브레인은", "카카오에 인수된 에이블소프트는": the name a founding, buying or
// splitting-off clause modifies is an organisation.
void proposeAfterFoundingClause(AnalysedSentence& s, std::size_t i)
{
    const auto& tokens = s.tokens;
    const Token& t = tokens[i];
    if (i == 0 || t.stem.empty() || t.particle.empty() || !tokens[i - 1].isWord()) return;
    if (t.role != ArgumentRole::Topic && t.role != ArgumentRole::Subject && t.role != ArgumentRole::Object) return;
    const std::string_view v = tokens[i - 1].text;
    static constexpr std::array verbs{std::string_view{"창업한"}, std::string_view{"설립한"}, std::string_view{"세운"},
                                      std::string_view{"창립한"}, std::string_view{"설립된"}, std::string_view{"인수된"},
                                      std::string_view{"인수한"}, std::string_view{"분사한"}, std::string_view{"투자한"},
                                      std::string_view{"출범한"}, std::string_view{"스핀오프한"}, std::string_view{"독립한"},
                                      std::string_view{"분할된"}, std::string_view{"분리된"}, std::string_view{"분사된"}};
    bool fits = false;
    for (auto verb : verbs)
        if (hasSuffix(v, verb)) fits = true;
    if (!fits || !isNameWord(t.stem, 12) || matchRoleTitle(t.stem) || isCompanyDescriptor(t.stem) || isGenericNoun(t.stem)) return;
    addPredicateName(s, i);
}

void addPredicateName(AnalysedSentence& s, std::size_t i)
{
    const Token& t = s.tokens[i];
    const bool latin = utf8::hasLatin(t.stem);
    if (!latin && (utf8::hangulCount(t.stem) < 3 || endsLikeAbstractNoun(t.stem))) return;
    s.candidates.push_back(make(s, i, i, EntityType::Company, 0.55, "company-by-predicate"));
}

// "포시마크 인수를 마무리했다", "자일링스 인수를 완료했다": a name compounded with the purchase noun.
void proposeBeforePurchaseNoun(AnalysedSentence& s, std::size_t i)
{
    const auto& tokens = s.tokens;
    const Token& t = tokens[i];
    if (i + 1 >= tokens.size() || !t.particle.empty() || !tokens[i + 1].isWord() || tokens[i + 1].particle.empty()) return;
    const std::string_view noun = tokens[i + 1].stem;
    if (noun != "인수" && noun != "합병" && noun != "인수합병") return;
    if (!isNameWord(t.stem, 12) || matchRoleTitle(t.stem) || isCompanyDescriptor(t.stem) || utf8::containsDigit(t.stem)) return;
    const bool latin = utf8::hasLatin(t.stem);
    if (!latin && (utf8::hangulCount(t.stem) < 3 || endsLikeAbstractNoun(t.stem))) return;
    s.candidates.push_back(make(s, i, i, EntityType::Company, 0.5, "company-before-purchase"));
}

void OrganisationRecognizer::propose(AnalysedSentence& s) const
{
    const auto& tokens = s.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].isWord() && !tokens[i].stem.empty()) proposeBeforePurchaseNoun(s, i);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].isWord() && !tokens[i].particle.empty()) {
            proposeByPredicate(s, i);
            proposeAfterFoundingClause(s, i);
        }
    for (std::size_t i = 1; i < tokens.size(); ++i)
        if (tokens[i].isWord() && tokens[i].stem == "등") proposeListedCompanies(s, i);
    proposeDescribedCompanyTopic(s);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (!t.isWord() || t.stem.empty()) continue;

        if (auto m = matchOrganisationSuffix(t.stem); m && !(m->suffix == "대" && t.particle == "로")) {
            // Three-syllable "…시"/"…현" words are as often Japanese given names (히로시, 다카시) as cities:
            // a city needs its own particle and no bare name word before it.
            if ((m->suffix == "시" || m->suffix == "현") && utf8::length(t.stem) <= 3) {
                const bool bareNameBefore = i > 0 && tokens[i - 1].isWord() && tokens[i - 1].particle.empty() &&
                                            utf8::allHangul(tokens[i - 1].text) && utf8::length(tokens[i - 1].text) <= 3;
                if (t.particle.empty() || bareNameBefore) continue;
            }
            const bool enclosed = insideParentheses(tokens, i);
            s.candidates.push_back(make(s, i, i, m->type, m->confidence - (enclosed ? 0.1 : 0.0), "org-suffix"));
            continue;
        }

        // "코슬라 벤처스": a name word and a detached suffix word.
        if (auto m = matchDetachedSuffix(t.stem); m && i > 0) {
            const Token& prev = tokens[i - 1];
            // "노스파인 스튜디오": the name's last syllable may look like the copula 인; before a suffix word it is not.
            const std::string_view name = prev.particle == "인" ? prev.text : prev.stem;
            const bool bare = prev.particle.empty() || prev.particle == "인";
            // A company word after a short common word is a description ("게임 스튜디오"), not a name.
            const bool shortHangul = utf8::allHangul(name) && utf8::length(name) < 3;
            if (prev.isWord() && bare && t.spaceBefore && isNameWord(name, 6) && !utf8::containsDigit(name) &&
                !matchRoleTitle(name) && !(m->type == EntityType::Company && m->suffix != "홀딩스" && shortHangul) &&
                !isProductDescriptor(name) && !isCompanyDescriptor(name) && !name.ends_with("용"))
                s.candidates.push_back(make(s, i - 1, i, m->type, m->confidence, "org-detached-suffix"));
            continue;
        }

        // "바이든 행정부": an administration named after its leader.
        if (t.stem == "행정부" && i > 0) {
            const Token& prev = tokens[i - 1];
            if (prev.isWord() && prev.particle.empty() && utf8::allHangul(prev.stem) && isNameWord(prev.stem, 5)) {
                EntityCandidate c = make(s, i - 1, i, EntityType::Government, 0.75, "administration");
                if (i > 1 && tokens[i - 2].isWord() && tokens[i - 2].particle.empty() && utf8::length(tokens[i - 2].stem) == 1 &&
                    utf8::allHangul(tokens[i - 2].stem))
                    c.aliases.push_back(std::string(s.sentence->text.substr(tokens[i - 2].begin, c.end - tokens[i - 2].begin)));
                s.candidates.push_back(std::move(c));
            }
            continue;
        }

        // "AI 스타트업 업스테이지", "빅테크 아마존": a descriptor followed by an unknown name.
        // "팹리스인 뉴로세미와": the descriptor may be linked to the name by the copula.
        if (isCompanyDescriptor(t.stem) && (t.particle.empty() || t.particle == "인") && i + 1 < tokens.size()) {
            const Token& next = tokens[i + 1];
            if (!next.isWord() || next.stem.empty() || !next.spaceBefore) continue;
            // "제약사 버텍스 파마슈티컬스(Vertex Pharmaceuticals)": a name of two words with its Latin form.
            if (i + 3 < tokens.size() && tokens[i + 2].isWord() && tokens[i + 2].particle.empty() && next.particle.empty() &&
                tokens[i + 3].punct == PunctKind::OpenParen && !tokens[i + 3].spaceBefore && isNameWord(next.stem, 6) &&
                isNameWord(tokens[i + 2].stem, 8) && !matchRoleTitle(tokens[i + 2].stem) && i + 4 < tokens.size() &&
                utf8::hasLatin(tokens[i + 4].text) && !coveredByAny(s, i + 1, i + 2)) {
                s.candidates.push_back(make(s, i + 1, i + 2, EntityType::Company, 0.6, "company-descriptor"));
                continue;
            }
            const std::string_view name = next.stem;
            if (!isNameWord(name, 8) || matchRoleTitle(name) || isCompanyDescriptor(name)) continue;
            const bool latin = utf8::hasLatin(name);
            if (!latin && ((utf8::hangulCount(name) < 3 && !twoSyllableDealParty(tokens, i + 1)) || endsLikeAbstractNoun(name)))
                continue;
            // The name must be the head of its phrase: a particle, punctuation or a title follows.
            const bool head = !next.particle.empty() || i + 2 >= tokens.size() || !tokens[i + 2].isWord() ||
                              matchRoleTitle(tokens[i + 2].stem) || tokens[i + 2].stem == "같은" || tokens[i + 2].stem == "등";
            if (!head) continue;
            // After a compound ("이동통신업체 광고다") the name must carry its own particle.
            if (!baseCompanyDescriptors().contains(t.stem) && next.particle.empty()) continue;
            s.candidates.push_back(make(s, i + 1, i + 1, EntityType::Company, 0.55, "company-descriptor"));
        }
    }
    proposeAfterStructureNouns(s); // "신설법인 네이버케어를", "연구소인 Y": after the names above
    // Towns and districts last: the regions they follow come from the lexicon and the suffix rules above.
    PlaceNames().propose(s);
}

} // namespace newsgraph::core
