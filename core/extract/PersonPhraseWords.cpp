// Word tests for title phrases: which words end a noun phrase, start a foreign name, or name a company.
#include "extract/PersonPhraseWords.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {

// Verb forms that end a noun phrase ("만난", "입사한", "떠났던", "있는"): names never end like this.
bool looksLikeVerbForm(std::string_view w)
{
    static constexpr std::array endings{std::string_view{"던"}, std::string_view{"는"}, std::string_view{"된"},
                                        std::string_view{"한"}, std::string_view{"만난"}, std::string_view{"받은"},
                                        std::string_view{"맡은"}, std::string_view{"지낸"}, std::string_view{"떠난"},
                                        std::string_view{"다"}, std::string_view{"고"}, std::string_view{"며"},
                                        std::string_view{"서"}, std::string_view{"아"}, std::string_view{"어"},
                                        std::string_view{"해"}, std::string_view{"인"}, std::string_view{"나"},
                                        std::string_view{"자"}, std::string_view{"면"}, std::string_view{"지만"}};
    for (auto e : endings)
        if (hasSuffix(w, e)) return true;
    return false;
}

// A word whose last syllable was split off as a particle (와, 로, 도 ...) although it ends a foreign name:
// it starts the phrase (sentence start, after punctuation or a verb form) and a name word follows.
bool startsNamePhrase(const std::vector<Token>& tokens, std::size_t i)
{
    const Token& t = tokens[i];
    static constexpr std::array ambiguous{std::string_view{"와"}, std::string_view{"로"}, std::string_view{"도"},
                                          std::string_view{"나"}, std::string_view{"가"}, std::string_view{"이"}};
    if (t.particle.empty() || std::find(ambiguous.begin(), ambiguous.end(), t.particle) == ambiguous.end()) return false;
    if (!utf8::allHangul(t.text) || utf8::length(t.text) > 5 || utf8::length(t.text) < 2) return false;
    if (isFunctionWord(t.stem) || isGenericNoun(t.stem)) return false;
    // "출신 정유나 CTO가": a Korean name whose last syllable (나, 이, 가 ...) reads as a particle, before its title.
    if (i + 1 < tokens.size() && tokens[i + 1].isWord() && matchRoleTitle(tokens[i + 1].stem) && utf8::length(t.text) == 3 &&
        looksLikeKoreanPersonName(t.text) && hasCommonSurname(t.text))
        return true;
    if (i + 1 >= tokens.size() || !tokens[i + 1].isWord() || !tokens[i + 1].particle.empty()) return false;
    if (i == 0) return true;
    const Token& before = tokens[i - 1];
    return !before.isWord() || !before.particle.empty() || looksLikeVerbForm(before.text);
}

// Titles that belong to companies (not ministers or presidents, who come with known organisations).
bool isCompanyTitle(std::string_view title)
{
    static constexpr std::array titles{std::string_view{"대표"}, std::string_view{"대표이사"}, std::string_view{"공동대표"},
                                       std::string_view{"사장"}, std::string_view{"부사장"}, std::string_view{"회장"},
                                       std::string_view{"부회장"}, std::string_view{"이사"}, std::string_view{"전무"},
                                       std::string_view{"상무"}, std::string_view{"본부장"}, std::string_view{"팀장"},
                                       std::string_view{"CEO"}, std::string_view{"CTO"}, std::string_view{"COO"},
                                       std::string_view{"CFO"}, std::string_view{"창업자"}, std::string_view{"공동창업자"},
                                       std::string_view{"설립자"}};
    return std::find(titles.begin(), titles.end(), title) != titles.end();
}

// A word between a name and a title that can be an organisation's name: not a department ("경영학부",
// "컨설팅", "AI팀"), not a common noun.
bool isUnknownOrganisationWord(std::string_view w)
{
    static constexpr std::array departments{std::string_view{"팀"}, std::string_view{"부"}, std::string_view{"실"},
                                            std::string_view{"과"}, std::string_view{"센터"}, std::string_view{"본부"},
                                            std::string_view{"부문"}, std::string_view{"그룹장"}, std::string_view{"담당"},
                                            std::string_view{"컨설팅"}, std::string_view{"영업"}, std::string_view{"마케팅"},
                                            std::string_view{"연구"}, std::string_view{"개발"}, std::string_view{"기획"},
                                            std::string_view{"전략"}, std::string_view{"사업"}, std::string_view{"기술"},
                                            std::string_view{"홍보"}, std::string_view{"인사"}, std::string_view{"재무"},
                                            std::string_view{"법무"}, std::string_view{"경영"}, std::string_view{"당"},
                                            std::string_view{"의회"}, std::string_view{"국회"}};
    for (auto d : departments)
        if (hasSuffix(w, d)) return false;
    if (!isNameWord(w, 8) || isGenericNoun(w)) return false;
    return utf8::hasLatin(w) || utf8::hangulCount(w) >= 2;
}

} // namespace newsgraph::core
