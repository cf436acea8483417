#include "extract/PersonRecognizer.h"

#include "extract/GenericNouns.h"
#include "extract/JurisdictionTitles.h"
#include "extract/NameShape.h"
#include "extract/OccupationNames.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace newsgraph::core {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

bool isPastMarker(std::string_view w) { return w == "전" || w == "前"; }
bool isCurrentMarker(std::string_view w) { return w == "현" || w == "現"; }

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

// The non-person candidate covering exactly tokens [first, last], if any.
const EntityCandidate* organisationAt(const AnalysedSentence& s, std::size_t first, std::size_t last)
{
    const EntityCandidate* best = nullptr;
    for (const auto& c : s.candidates) {
        if (c.type == EntityType::Person || c.type == EntityType::Country || c.type == EntityType::Place ||
            c.type == EntityType::Product || c.type == EntityType::Event)
            continue;
        if (c.firstToken >= first && c.lastToken <= last && (!best || c.lastToken - c.firstToken > best->lastToken - best->firstToken))
            best = &c;
    }
    return best;
}

bool coveredByCandidate(const AnalysedSentence& s, std::size_t token)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(), [&](const EntityCandidate& c) {
        return c.type != EntityType::Person && c.firstToken <= token && token <= c.lastToken;
    });
}

// "김창한 크래프톤 대표", "박지인 대표": a Korean name whose last syllable also ends verb forms (한, 인, 서 ...),
// right before an organisation or the title, at the start of the phrase.
bool isGivenNameBeforeTitle(const AnalysedSentence& s, std::size_t i, std::size_t title)
{
    const auto& tokens = s.tokens;
    const std::string_view w = tokens[i].text;
    if (utf8::length(w) != 3 || !looksLikeKoreanPersonName(w) || !hasCommonSurname(w)) return false;
    if (std::u32string_view(U"한인서자아나해어면").find(utf8::last(w)) == std::u32string_view::npos) return false;
    // Right before the title only at the start of the sentence or after punctuation: "혁신을 강조한 대표는" is a verb.
    if (i + 1 == title) return i == 0 || !tokens[i - 1].isWord();
    // After an object or adverbial the word is a relative verb ("혁신을 강조한 누리전자 대표"); after a topic,
    // subject, genitive or copula a verb form cannot stand, so it is the name ("크래프톤의 김창한 대표").
    if (!coveredByCandidate(s, i + 1)) return false;
    if (i == 0 || !tokens[i - 1].isWord()) return true;
    const ArgumentRole before = tokens[i - 1].role;
    return before == ArgumentRole::Topic || before == ArgumentRole::Subject || before == ArgumentRole::Genitive ||
           before == ArgumentRole::Copula;
}

std::string joinTokens(const AnalysedSentence& s, std::size_t first, std::size_t last, bool stemLast)
{
    std::string out;
    for (std::size_t i = first; i <= last; ++i) {
        if (!out.empty()) out += ' ';
        out += std::string(i == last && stemLast ? s.tokens[i].stem : s.tokens[i].text);
    }
    return out;
}

// The known full name a short form refers to: "올트먼" -> "샘 올트먼", "세키" -> "세키 뎃페이", "박" -> "박대훈".
std::optional<std::string> fullNameFor(std::string_view shortForm, const std::vector<std::string>& known)
{
    std::optional<std::string> found;
    for (const auto& name : known) {
        const std::size_t space = name.find(' ');
        bool match = false;
        if (space != std::string::npos) {
            const std::string_view first = std::string_view(name).substr(0, space);
            const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
            match = shortForm == first || shortForm == last;
        } else if (utf8::length(shortForm) == 1 || (utf8::length(shortForm) == 2 && isKoreanSurname(shortForm))) {
            match = hasPrefix(std::string_view(name), shortForm) && looksLikeKoreanPersonName(name);
        }
        if (!match) continue;
        if (found && *found != name) return std::nullopt; // ambiguous
        found = name;
    }
    return found;
}

void addPerson(AnalysedSentence& s, std::size_t first, std::size_t last, std::size_t head, double confidence,
               std::vector<std::string>& known, std::optional<std::string> fullName)
{
    EntityCandidate c;
    c.firstToken = first;
    c.lastToken = last;
    c.headToken = head;
    c.begin = s.tokens[first].begin;
    c.end = s.tokens[last].stemEnd();
    c.name = joinTokens(s, first, last, true);
    c.type = EntityType::Person;
    c.source = EntitySource::Rule;
    c.confidence = confidence;
    c.rule = fullName ? "person-short-form" : "person-title";
    if (fullName) c.fullName = *fullName;
    else if (std::find(known.begin(), known.end(), c.name) == known.end()) known.push_back(c.name);
    s.candidates.push_back(std::move(c));
}

} // namespace

void PersonRecognizer::propose(AnalysedSentence& s, std::vector<std::string>& known) const
{
    proposePersonsAfterOccupation(s, known);
    const auto& tokens = s.tokens;
    for (std::size_t r = 0; r < tokens.size(); ++r) {
        const Token& titleToken = tokens[r];
        if (!titleToken.isWord() || titleToken.stem.empty()) continue;
        const auto title = matchRoleTitle(titleToken.stem);
        if (!title || coveredByCandidate(s, r)) continue;
        // "그레그 애벗 텍사스 주지사": the state between the name and a governor's title is a place, not a name.
        const bool governor = isJurisdictionTitle(title->matched);
        if (governor) proposeJurisdictionBefore(s, r);

        // Backward: "[name] [organisation] [department] title".
        std::size_t a = r;
        bool past = false;
        std::size_t glossTokens = 0; // a parenthesis does not count towards the phrase's length
        while (a > 0 && r - a - glossTokens < 7) {
            const Token& t = tokens[a - 1];
            if (t.isWord() && startsNamePhrase(tokens, a - 1)) {
                --a; // "미무로 유키", "하세가와 주니치": a name syllable read as a particle
                break;
            }
            // "마리사 카펠라 버텍스 연구개발(R&D) 총괄 부사장": a gloss in parentheses inside the title phrase.
            if (t.punct == PunctKind::CloseParen) {
                std::size_t open = a - 1;
                while (open > 0 && tokens[open].punct != PunctKind::OpenParen && a - 1 - open <= 5) --open;
                if (tokens[open].punct != PunctKind::OpenParen || tokens[open].spaceBefore || open == 0 ||
                    !tokens[open - 1].isWord() || !tokens[open - 1].particle.empty())
                    break;
                glossTokens += a - open;
                a = open;
                continue;
            }
            if (!t.isWord() || !t.particle.empty() || t.stem.empty() || utf8::containsDigit(t.text)) break;
            if (isPastMarker(t.text)) past = true;
            else if (!isCurrentMarker(t.text) && looksLikeVerbForm(t.text) && !coveredByCandidate(s, a - 1) &&
                     !isGivenNameBeforeTitle(s, a - 1, r))
                break;
            --a;
        }
        std::size_t nameFirst = none, nameLast = none;
        std::size_t newOrganisation = none;
        EntityType newOrganisationType = EntityType::Company;
        std::optional<std::string> fullName;
        double confidence = 0.6;
        const EntityCandidate* org = nullptr;
        const bool koreanNameBeforeTitle =
            r > a && looksLikeKoreanPersonName(tokens[r - 1].text) && !coveredByCandidate(s, r - 1) &&
            (utf8::length(tokens[r - 1].text) >= 3 || a == r - 1 || coveredByCandidate(s, r - 2));
        if (koreanNameBeforeTitle) {
            nameFirst = nameLast = r - 1;
            confidence = 0.8;
            org = a < r - 1 ? organisationAt(s, a, r - 2) : nullptr;
        } else if (r > a) {
            // Name words run from the phrase start to the first organisation or marker.
            std::size_t end = a;
            while (end < r && !coveredByCandidate(s, end) && !isPastMarker(tokens[end].text) &&
                   !isCurrentMarker(tokens[end].text) && utf8::allHangul(tokens[end].text) &&
                   isNameWord(tokens[end].text, 6) && !matchRoleTitle(tokens[end].text))
                ++end;
            org = end < r ? organisationAt(s, end, r - 1) : nullptr;
            const bool jurisdiction = governor && end < r && placesCover(s, end, r - 1);
            // "유정복 안전행정부 장관": a cabinet title after a ministry no list knows; the name ends before it.
            const bool ministerial = title->matched == "장관" || title->matched == "차관";
            if (ministerial && !org && end == r && r - a >= 2 && namesMinistry(tokens[r - 1].text)) {
                end = r - 1;
                newOrganisation = r - 1;
                newOrganisationType = EntityType::Government;
            }
            const std::size_t count = end - a;
            // "홍길동 네오랩 대표": a Korean name, then an organisation nobody has named yet.
            if (count == 2 && end == r && !org && utf8::length(tokens[a].text) == 3 && tokens[a].particle.empty() &&
                isKoreanBusinessName(tokens[a].text) && isCompanyTitle(title->matched) &&
                isUnknownOrganisationWord(tokens[a + 1].text)) {
                nameFirst = nameLast = a;
                confidence = 0.75;
                newOrganisation = a + 1;
            } else if (count == 1 && end + 1 == r && utf8::length(tokens[a].text) == 3 && looksLikeKoreanPersonName(tokens[a].text) &&
                       hasCommonSurname(tokens[a].text) && isGenericNoun(tokens[end].text)) {
                // "장병규 이사회 의장": a Korean name, then the body the title belongs to.
                nameFirst = nameLast = a;
                confidence = 0.75;
            } else if (count >= 1 && count <= 3 &&
                       (org || jurisdiction || end == r || newOrganisation == end || isPastMarker(tokens[end].text) ||
                        isCurrentMarker(tokens[end].text))) {
                nameFirst = a;
                nameLast = end - 1;
                if (count == 1) {
                    if (looksLikeKoreanPersonName(tokens[a].text)) confidence = 0.75;
                    else if ((fullName = fullNameFor(tokens[a].text, known))) confidence = 0.75;
                    else nameFirst = none;
                } else {
                    // Several words read as a foreign name only with an organisation or an age beside them
                    // ("하세가와 주니치 PFN 최고집행책임자", "세키 뎃페이 부사장(29)"), and never around a Korean name.
                    const bool age = r + 2 < tokens.size() && tokens[r + 1].punct == PunctKind::OpenParen &&
                                     !tokens[r + 1].spaceBefore && utf8::containsDigit(tokens[r + 2].text);
                    const bool genitiveOrg = a > 0 && tokens[a - 1].role == ArgumentRole::Genitive;
                    // "국민의당 김한길": a Korean full name closing the run is the person, not part of a foreign name.
                    const std::string_view lastWord = tokens[end - 1].text;
                    bool koreanInside = looksLikeKoreanPersonName(lastWord) && hasCommonSurname(lastWord);
                    for (std::size_t k = a; k < end; ++k)
                        if (isFunctionWord(tokens[k].text) || isGenericNoun(tokens[k].text)) koreanInside = true;
                    // "하워드 러트닉 상무장관": a cabinet title names its ministry itself.
                    const bool cabinet = title->matched == "장관" || title->matched == "차관" || title->matched == "총리";
                    if (koreanInside || !(org || age || genitiveOrg || cabinet || governor || newOrganisation != none))
                        nameFirst = none;
                    confidence = org ? 0.75 : 0.65;
                }
            }
        }
        // An organisation in the genitive right before the phrase: "‘테라드론’의 세키 뎃페이 부사장".
        // "한국전자통신연구원(ETRI) 이성민 책임연구원": an organisation and its alias right before the name.
        if (nameFirst != none && !org && nameFirst > 1 && tokens[nameFirst - 1].punct == PunctKind::CloseParen) {
            std::size_t p = nameFirst - 1;
            while (p > 0 && tokens[p].punct != PunctKind::OpenParen) --p;
            if (p > 0 && !tokens[p].spaceBefore) {
                const std::size_t before = p - 1;
                for (const auto& c : s.candidates)
                    if (c.lastToken == before && tokens[before].particle.empty() &&
                        (c.type == EntityType::Company || c.type == EntityType::Investor || c.type == EntityType::Academia ||
                         c.type == EntityType::Government || c.type == EntityType::Media))
                        org = &c;
            }
        }
        if (nameFirst != none && !org && nameFirst > 0) {
            std::size_t p = nameFirst - 1;
            if (tokens[p].isWord() && tokens[p].stem.empty() && tokens[p].role == ArgumentRole::Genitive && p > 0) --p;
            while (p > 0 && tokens[p].punct == PunctKind::CloseQuote) --p;
            for (const auto& c : s.candidates)
                if (c.lastToken == p && c.type != EntityType::Person && roleAfter(tokens, c.lastToken) == ArgumentRole::Genitive &&
                    (c.type == EntityType::Company || c.type == EntityType::Investor || c.type == EntityType::Academia ||
                     c.type == EntityType::Government || c.type == EntityType::Media))
                    org = &c;
        }
        if (nameFirst != none) {
            RoleApposition role;
            if (org) {
                // Copy the span now: adding the person may move the candidates.
                role.hasOrganisation = true;
                role.orgFirst = org->firstToken;
                role.orgLast = org->lastToken;
            }
            if (newOrganisation != none) {
                EntityCandidate c;
                c.firstToken = c.lastToken = newOrganisation;
                c.begin = tokens[newOrganisation].begin;
                c.end = tokens[newOrganisation].end;
                c.name = std::string(tokens[newOrganisation].text);
                c.type = newOrganisationType;
                c.confidence = 0.6;
                c.rule = "organisation-before-title";
                s.candidates.push_back(std::move(c));
                role.hasOrganisation = true;
                role.orgFirst = role.orgLast = newOrganisation;
            }
            addPerson(s, nameFirst, nameLast, r, confidence, known, fullName);
            role.personFirst = nameFirst;
            role.personLast = nameLast;
            role.titleToken = r;
            role.role = std::string(title->canonical);
            role.founder = title->founder;
            role.past = past;
            role.organisational = title->organisational;
            s.roles.push_back(role);
            continue;
        }

        // Forward: "창업자 일리언 존스는", "구글의 공동창업자인 세르게이 브린과".
        if ((!titleToken.particle.empty() && titleToken.particle != "인") || r + 1 >= tokens.size()) continue;
        // Only founder and chief-executive titles introduce a name after them ("대표 만혼 남녀" is "typical"),
        // except an organisation's head in brackets after its name: "한결전자(대표 오세훈)", "코레일(사장 정창영)".
        const bool bracketedHead = title->organisational && r >= 2 && r + 2 < tokens.size() &&
                                   tokens[r - 1].punct == PunctKind::OpenParen && !tokens[r - 1].spaceBefore &&
                                   tokens[r - 2].isWord() && tokens[r - 2].particle.empty() &&
                                   (tokens[r + 2].punct == PunctKind::CloseParen || tokens[r + 2].punct == PunctKind::Comma) &&
                                   tokens[r + 1].particle.empty() && looksLikeKoreanPersonName(tokens[r + 1].stem) &&
                                   hasCommonSurname(tokens[r + 1].stem);
        if (!(title->founder || title->matched == "최고경영자" || title->matched == "CEO" || bracketedHead)) continue;
        std::size_t b = r + 1, e = r + 1;
        if (looksLikeKoreanPersonName(tokens[b].stem) && !coveredByCandidate(s, b)) {
            e = b;
        } else {
            while (e < tokens.size() && e < b + 3 && tokens[e].isWord() && utf8::allHangul(tokens[e].stem) &&
                   isNameWord(tokens[e].stem, 6) && !coveredByCandidate(s, e) && !matchRoleTitle(tokens[e].stem)) {
                if (!tokens[e].particle.empty()) break;
                ++e;
            }
            if (e >= tokens.size() || !tokens[e].isWord() || tokens[e].particle.empty() || e == b) continue;
            if (!utf8::allHangul(tokens[e].stem) || !isNameWord(tokens[e].stem, 6) || coveredByCandidate(s, e)) continue;
        }
        std::optional<std::string> shortOf;
        if (e == b && !looksLikeKoreanPersonName(tokens[b].stem)) {
            shortOf = fullNameFor(tokens[b].stem, known);
            if (!shortOf) continue;
        }
        addPerson(s, b, e, e, e == b && !shortOf ? 0.7 : 0.65, known, shortOf);
        RoleApposition role;
        role.personFirst = b;
        role.personLast = e;
        role.titleToken = r;
        role.role = std::string(title->canonical);
        role.founder = title->founder;
        role.organisational = title->organisational;
        if (r > 0) {
            std::size_t p = r - 1;
            if (tokens[p].isWord() && tokens[p].stem.empty() && p > 0) --p;
            while (p > 0 && tokens[p].punct == PunctKind::CloseQuote) --p;
            for (const auto& c : s.candidates)
                if (c.lastToken == p && c.type != EntityType::Person && c.type != EntityType::Country &&
                    c.type != EntityType::Place && c.type != EntityType::Product) {
                    role.hasOrganisation = true;
                    role.orgFirst = c.firstToken;
                    role.orgLast = c.lastToken;
                }
        }
        s.roles.push_back(role);
    }
}

} // namespace newsgraph::core
