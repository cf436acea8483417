// Types a sentence topic as a company when the sentence describes it as founded ("…가 설립한 회사다").
#include "extract/DescribedCompanyTopic.h"

#include "extract/DescriptorWords.h"
#include "extract/GenericNouns.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/PredicateForms.h"
#include "extract/RoleTitles.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// "회사다", "스타트업으로", "기업이며": a company noun as the sentence's predicate.
bool isCompanyPredicate(const Token& t)
{
    for (std::string_view noun : {"회사", "기업", "스타트업", "업체", "벤처"}) {
        if (!t.text.starts_with(noun))
            continue;
        const std::string_view rest = t.text.substr(noun.size());
        return rest == "다" || rest == "이다" || rest == "로" || rest == "으로" || rest == "이며" ||
               rest == "며" || rest == "로서" || rest == "으로서";
    }
    return false;
}

bool isFoundingAdnominal(std::string_view w)
{
    return hasSuffix(w, "설립한") || hasSuffix(w, "창업한") || hasSuffix(w, "세운") || hasSuffix(w, "차린") ||
           hasSuffix(w, "창립한");
}

} // namespace

void proposeDescribedCompanyTopic(AnalysedSentence& s)
{
    const auto& tokens = s.tokens;
    if (tokens.size() < 4)
        return;
    // The sentence's first topic ("로봇 손 AI를 만드는 그립스는 … 창업한 회사로"); a verb read as one
    // ("만드+는") is passed over by the name checks below.
    std::size_t at = 0;
    for (; at < tokens.size(); ++at) {
        const Token& t = tokens[at];
        if (!t.isWord() || t.role != ArgumentRole::Topic || t.stem.empty() ||
            !(t.particle == "은" || t.particle == "는"))
            continue;
        if (at > 0 && tokens[at - 1].isWord() && tokens[at - 1].particle.empty() &&
            !isAdnominalForm(tokens[at - 1].text))
            return; // "바이오 기업 X는" is the descriptor rule's; a bare word before may be part of the name
        if (utf8::hasLatin(t.stem) ||
            (utf8::hangulCount(t.stem) >= 3 && isNameWord(t.stem, 10) && !isGenericNoun(t.stem)))
            break;
    }
    if (at >= tokens.size())
        return;
    const Token& topic = tokens[at];
    bool described = false;
    for (std::size_t k = at + 2; k < tokens.size() && !described; ++k)
        described = tokens[k].isWord() && isCompanyPredicate(tokens[k]) && tokens[k - 1].isWord() &&
                    isFoundingAdnominal(tokens[k - 1].text);
    if (!described)
        return;
    const std::string_view name = topic.stem;
    if (!isNameWord(name, 10) || isGenericNoun(name) || isFunctionWord(name) || matchRoleTitle(name) ||
        isCompanyDescriptor(name) || isProductDescriptor(name) || utf8::containsDigit(name))
        return;
    if (!utf8::hasLatin(name) && utf8::hangulCount(name) < 3)
        return;
    if (std::any_of(s.candidates.begin(), s.candidates.end(),
                    [&](const EntityCandidate& c) { return c.firstToken <= at && at <= c.lastToken; }))
        return;
    s.candidates.push_back(
        EntityCandidate::forStem(at, topic, std::string(name), EntityType::Company, 0.55, "company-described"));
}

} // namespace newsgraph::core
