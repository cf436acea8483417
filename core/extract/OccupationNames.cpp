#include "extract/OccupationNames.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <unordered_set>

namespace newsgraph::core {
namespace {

// Occupations that news writing puts in front of a name as an apposition. Titles ("대표", "교수") are
// PersonRecognizer's; these words are not titles because they name no position in an organisation.
bool isOccupation(std::string_view word)
{
    static const std::unordered_set<std::string_view> words{
        "개발자", "엔지니어", "연구자", "과학자", "기업가", "사업가", "창업가", "투자자", "투자가", "디자이너", "프로듀서",
        "작가", "감독", "의사", "물리학자", "경제학자", "수학자", "화학자", "생물학자", "전문가", "게임개발자", "프로그래머",
    };
    return words.contains(word);
}

bool covered(const AnalysedSentence& s, std::size_t token)
{
    return std::any_of(s.candidates.begin(), s.candidates.end(),
                       [&](const EntityCandidate& c) { return c.firstToken <= token && token <= c.lastToken; });
}

bool isNamePart(const AnalysedSentence& s, std::size_t i)
{
    const Token& t = s.tokens[i];
    return t.isWord() && !t.stem.empty() && utf8::allHangul(t.stem) && isNameWord(t.stem, 6) && !isGenericNoun(t.stem) &&
           !isFunctionWord(t.stem) && !matchRoleTitle(t.stem) && !covered(s, i) && utf8::length(t.stem) >= 2;
}

// The case particles that close a noun phrase in its clause: the name ends here.
bool closesPhrase(ArgumentRole role)
{
    return role == ArgumentRole::Subject || role == ArgumentRole::Topic || role == ArgumentRole::Object ||
           role == ArgumentRole::Comitative || role == ArgumentRole::Genitive;
}

} // namespace

void proposePersonsAfterOccupation(AnalysedSentence& s, std::vector<std::string>& known)
{
    const auto& tokens = s.tokens;
    for (std::size_t r = 0; r + 1 < tokens.size(); ++r) {
        const Token& occupation = tokens[r];
        // "MIT 출신 에밀리 카터와", "도쿄대 출신 다나카 유이가": a background put before a name, like an occupation.
        const bool origin = occupation.stem == "출신";
        if (!occupation.isWord() || !(isOccupation(occupation.stem) || origin) ||
            !(occupation.particle.empty() || occupation.particle == "인"))
            continue;
        const std::size_t b = r + 1;
        std::size_t e = b;
        while (e < tokens.size() && e < b + 3 && isNamePart(s, e) && tokens[e].particle.empty()) ++e;
        if (e >= tokens.size() || e >= b + 3 || !isNamePart(s, e) || !closesPhrase(tokens[e].role)) continue;
        // One word is a name only in Korean shape ("개발자 김민수가"); foreign names come in two or three words.
        if (e == b && !(looksLikeKoreanPersonName(tokens[b].stem) && utf8::length(tokens[b].stem) == 3)) continue;
        if (origin && e == b && !hasCommonSurname(tokens[b].stem)) continue;
        if (origin && isOccupation(tokens[e].stem)) continue;
        if (e > b && looksLikeKoreanPersonName(tokens[e].stem) && utf8::length(tokens[e].stem) == 3) continue;
        EntityCandidate c;
        c.firstToken = b;
        c.lastToken = e;
        c.begin = tokens[b].begin;
        c.end = tokens[e].stemEnd();
        c.name = std::string(std::string_view(s.sentence->text).substr(c.begin, c.end - c.begin));
        c.type = EntityType::Person;
        c.source = EntitySource::Rule;
        c.confidence = 0.6;
        c.rule = "person-after-occupation";
        if (std::find(known.begin(), known.end(), c.name) == known.end()) known.push_back(c.name);
        s.candidates.push_back(std::move(c));
    }
}

} // namespace newsgraph::core
