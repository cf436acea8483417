#include "extract/JurisdictionTitles.h"

#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/Utf8Scan.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

const EntityCandidate* candidateAt(const AnalysedSentence& s, std::size_t token)
{
    for (const auto& c : s.candidates)
        if (c.firstToken <= token && token <= c.lastToken)
            return &c;
    return nullptr;
}

bool bareNameWord(const Token& t)
{
    return t.isWord() && t.particle.empty() && utf8::allHangul(t.text) && isNameWord(t.text, 6) &&
           !isGenericNoun(t.text);
}

} // namespace

bool isJurisdictionTitle(std::string_view title)
{
    return title == "주지사" || title == "도지사" || title == "주의원";
}

bool proposeJurisdictionBefore(AnalysedSentence& s, std::size_t title)
{
    const auto& tokens = s.tokens;
    if (title == 0 || !tokens[title - 1].isWord())
        return false;
    const std::size_t at = title - 1;
    if (const EntityCandidate* c = candidateAt(s, at))
        return c->type == EntityType::Place || c->type == EntityType::Country;
    // The words before the place must read as a name: one Korean full name, or two name words (a foreign
    // name); with fewer, the word before the title is the surname ("개빈 뉴섬 주지사", "뉴섬 주지사").
    if (!bareNameWord(tokens[at]) || utf8::length(tokens[at].text) < 2)
        return false;
    // "조지아 주지사인 브라이언 켐프": with the name after the title, the word before it opens the phrase and is
    // the jurisdiction.
    const bool nameAfter = tokens[title].particle == "인" && title + 1 < tokens.size() && tokens[title + 1].isWord() &&
                           (at == 0 || !tokens[at - 1].isWord() || !tokens[at - 1].particle.empty());
    if (at == 0 && !nameAfter)
        return false;
    const bool koreanName = at > 0 && looksLikeKoreanPersonName(tokens[at - 1].text) &&
                            tokens[at - 1].particle.empty() && utf8::length(tokens[at - 1].text) == 3 &&
                            !candidateAt(s, at - 1);
    const bool foreignName = at >= 2 && bareNameWord(tokens[at - 1]) && bareNameWord(tokens[at - 2]) &&
                             !candidateAt(s, at - 1) && !candidateAt(s, at - 2);
    // "브라이언 켐프 조지아 주지사": a name already known (the lexicon) stands before the place.
    const EntityCandidate* before = at > 0 ? candidateAt(s, at - 1) : nullptr;
    const bool knownPerson = before && before->type == EntityType::Person && before->lastToken == at - 1;
    if (!koreanName && !foreignName && !knownPerson && !nameAfter)
        return false;
    EntityCandidate c;
    c.firstToken = c.lastToken = at;
    c.begin = tokens[at].begin;
    c.end = tokens[at].end;
    c.name = std::string(tokens[at].text);
    c.type = EntityType::Place;
    c.source = EntitySource::Rule;
    c.confidence = 0.6;
    c.rule = "jurisdiction-before-title";
    // "조지아 주지사" is the governor of 조지아주: the state's full name joins it to the state named
    // elsewhere.
    const std::string_view titleWord = tokens[title].stem;
    if (titleWord.starts_with("주"))
        c.aliases.push_back(c.name + "주");
    else if (titleWord.starts_with("도"))
        c.aliases.push_back(c.name + "도");
    s.candidates.push_back(std::move(c));
    return true;
}

bool placesCover(const AnalysedSentence& s, std::size_t first, std::size_t last)
{
    for (std::size_t k = first; k <= last; ++k) {
        const EntityCandidate* c = candidateAt(s, k);
        if (!c || (c->type != EntityType::Place && c->type != EntityType::Country))
            return false;
    }
    return first <= last;
}

} // namespace newsgraph::core
