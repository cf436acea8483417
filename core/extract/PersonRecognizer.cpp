#include "extract/PersonRecognizer.h"

#include "extract/GenericNouns.h"
#include "extract/JurisdictionTitles.h"
#include "extract/NameShape.h"
#include "extract/OccupationNames.h"
#include "extract/OrganisationSuffixes.h"
#include "extract/PersonPhraseWords.h"
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
               std::vector<std::string>& known, std::optional<std::string> fullName, bool wholeLast = false)
{
    EntityCandidate c;
    c.firstToken = first;
    c.lastToken = last;
    c.headToken = head;
    c.begin = s.tokens[first].begin;
    c.end = wholeLast ? s.tokens[last].end : s.tokens[last].stemEnd();
    c.name = joinTokens(s, first, last, !wholeLast);
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
                    // "구글 딥마인드 연구원 출신인 사토 겐타 최고경영자": a background before the name, too.
                    // Not "부장검사 출신인 김진태 새누리당 의원": a Korean full name first is the whole name.
                    const bool koreanFirst = utf8::length(tokens[a].text) == 3 && hasCommonSurname(tokens[a].text) &&
                                             isKoreanBusinessName(tokens[a].text);
                    const bool genitiveOrg =
                        a > 0 && (tokens[a - 1].role == ArgumentRole::Genitive || (tokens[a - 1].stem == "출신" && !koreanFirst));
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
            // "정유+나 최고기술책임자": a name syllable read as a particle stays part of the name.
            addPerson(s, nameFirst, nameLast, r, confidence, known, fullName, !tokens[nameLast].particle.empty());
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
        // "서울대 의대 신경과 교수인 오민재 대표가": a title in the copula introduces the name after it as well.
        const bool copulaTitle = titleToken.particle == "인" && title->organisational;
        if (!(title->founder || title->matched == "최고경영자" || title->matched == "CEO" || bracketedHead || copulaTitle))
            continue;
        std::size_t b = r + 1, e = r + 1;
        bool wholeLast = false, beforeTitle = false;
        if (looksLikeKoreanPersonName(tokens[b].stem) && !coveredByCandidate(s, b)) {
            e = b;
            // "교수인 강민서 대표가": the name's own title after it carries the phrase's particle.
            beforeTitle = tokens[b].particle.empty() && b + 1 < tokens.size() && tokens[b + 1].isWord() &&
                          !tokens[b + 1].particle.empty() && matchRoleTitle(tokens[b + 1].stem);
        } else {
            while (e < tokens.size() && e < b + 3 && tokens[e].isWord() && utf8::allHangul(tokens[e].stem) &&
                   isNameWord(tokens[e].stem, 6) && !coveredByCandidate(s, e) && !matchRoleTitle(tokens[e].stem)) {
                if (!tokens[e].particle.empty()) break;
                ++e;
            }
            // "공동 창업자 루카스 모로 CTO는", "창업자인 백지안 대표는": the name runs up to a second title of the
            // same person; its last syllable may read as a particle ("모+로").
            const bool syllableParticle = e < tokens.size() && e > b && e + 1 < tokens.size() && tokens[e].isWord() &&
                                          !tokens[e].particle.empty() && utf8::length(tokens[e].text) >= 2 &&
                                          tokens[e + 1].isWord() &&
                                          !tokens[e + 1].particle.empty() && matchRoleTitle(tokens[e + 1].stem) &&
                                          std::string_view("와로도나가이").find(tokens[e].particle) != std::string_view::npos &&
                                          !coveredByCandidate(s, e);
            const bool singleName = e == b + 1 && utf8::length(tokens[b].stem) == 3 &&
                                    isKoreanSurname(utf8::prefix(tokens[b].stem, 1));
            // "사라 린드 최고기술책임자(CTO)는": the title may carry its gloss before the particle.
            const bool glossed = e + 1 < tokens.size() && tokens[e + 1].punct == PunctKind::OpenParen && !tokens[e + 1].spaceBefore;
            const bool titleAfter = e < tokens.size() && (e > b + 1 || singleName) && tokens[e].isWord() &&
                                    (!tokens[e].particle.empty() || glossed) && matchRoleTitle(tokens[e].stem) &&
                                    !coveredByCandidate(s, e);
            if (syllableParticle) {
                wholeLast = beforeTitle = true;
            } else if (titleAfter) {
                --e;
                beforeTitle = true;
            } else {
                if (e >= tokens.size() || !tokens[e].isWord() || tokens[e].particle.empty() || e == b) continue;
                if (!utf8::allHangul(tokens[e].stem) || !isNameWord(tokens[e].stem, 6) || coveredByCandidate(s, e)) continue;
            }
        }
        std::optional<std::string> shortOf;
        if (e == b && !beforeTitle && !looksLikeKoreanPersonName(tokens[b].stem)) {
            shortOf = fullNameFor(tokens[b].stem, known);
            if (!shortOf) continue;
        }
        const std::size_t head = beforeTitle ? e + 1 : e;
        addPerson(s, b, e, head, e == b && !shortOf ? 0.7 : 0.65, known, shortOf, wholeLast);
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
            // "메디노트의 공동 창업자인": the founder title written in two words.
            if (tokens[p].isWord() && tokens[p].text == "공동" && p > 0) --p;
            while (p > 0 && tokens[p].punct == PunctKind::CloseQuote) --p;
            // "서울대 의대 신경과 교수인": departments without particles may stand between the body and the title.
            for (std::size_t hop = 0; hop < 3 && !role.hasOrganisation; ++hop) {
                for (const auto& c : s.candidates)
                    if (c.lastToken == p && c.type != EntityType::Person && c.type != EntityType::Country &&
                        c.type != EntityType::Place && c.type != EntityType::Product) {
                        role.hasOrganisation = true;
                        role.orgFirst = c.firstToken;
                        role.orgLast = c.lastToken;
                    }
                // "신경+과 교수인": a department right before the title may end in 과, read as a particle.
                const bool department = p + 1 == r && tokens[p].particle == "과";
                if (!copulaTitle || p == 0 || !tokens[p].isWord() || (!tokens[p].particle.empty() && !department) ||
                    !tokens[p - 1].isWord() || !tokens[p - 1].particle.empty())
                    break;
                --p;
            }
        }
        s.roles.push_back(role);
        // "창업자 다니엘 크루거 CTO는": the title after the name is the founder's post, at the same organisation.
        if (beforeTitle && e + 1 < tokens.size())
            if (const auto own = matchRoleTitle(tokens[e + 1].stem); own && !own->founder) {
                RoleApposition post = role;
                post.titleToken = e + 1;
                post.role = std::string(own->canonical);
                post.founder = false;
                post.organisational = own->organisational;
                post.hasOrganisation = false;
                s.roles.push_back(post);
            }
    }
}

} // namespace newsgraph::core
