#include "extract/english/EnglishTriggers.h"

#include <array>

namespace newsgraph::core {
namespace {

using R = RelationType;
using S = TriggerShape;

struct Entry
{
    std::string_view word;
    EnglishTrigger trigger;
};

constexpr EnglishTrigger t(R type, S shape, std::string_view prep = {}, std::string_view role = {},
                           bool past = false, bool noun = false)
{
    return EnglishTrigger{type, shape, prep, role, past, noun};
}

constexpr std::array entries{
    Entry{"invest", t(R::InvestsIn, S::SubjectObject, "in")},
    Entry{"invests", t(R::InvestsIn, S::SubjectObject, "in")},
    Entry{"invested", t(R::InvestsIn, S::SubjectObject, "in")},
    Entry{"investing", t(R::InvestsIn, S::SubjectObject, "in")},
    Entry{"investment", t(R::InvestsIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"investments", t(R::InvestsIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"stake", t(R::InvestsIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"investor", t(R::InvestsIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"investors", t(R::InvestsIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"backer", t(R::InvestsIn, S::SubjectObject, "of", {}, false, true)},
    Entry{"poured", t(R::InvestsIn, S::SubjectObject, "into")},
    Entry{"pumped", t(R::InvestsIn, S::SubjectObject, "into")},
    Entry{"injected", t(R::InvestsIn, S::SubjectObject, "into")},
    Entry{"back", t(R::InvestsIn, S::SubjectObject)},
    Entry{"backs", t(R::InvestsIn, S::SubjectObject)},
    Entry{"backed", t(R::InvestsIn, S::SubjectObject)},
    Entry{"fund", t(R::Funds, S::SubjectObject)},
    Entry{"funds", t(R::Funds, S::SubjectObject)},
    Entry{"funded", t(R::Funds, S::SubjectObject)},
    Entry{"financed", t(R::Funds, S::SubjectObject)},
    Entry{"sponsors", t(R::Funds, S::SubjectObject)},
    Entry{"sponsored", t(R::Funds, S::SubjectObject)},
    Entry{"grant", t(R::Funds, S::SubjectObject, "to", {}, false, true)},
    Entry{"granted", t(R::Funds, S::SubjectObject, "to")},
    Entry{"awarded", t(R::Funds, S::SubjectObject, "to")},
    Entry{"acquire", t(R::Acquires, S::SubjectObject)},
    Entry{"acquires", t(R::Acquires, S::SubjectObject)},
    Entry{"acquired", t(R::Acquires, S::SubjectObject)},
    Entry{"acquiring", t(R::Acquires, S::SubjectObject)},
    Entry{"buy", t(R::Acquires, S::SubjectObject)},
    Entry{"buys", t(R::Acquires, S::SubjectObject)},
    Entry{"bought", t(R::Acquires, S::SubjectObject)},
    Entry{"buying", t(R::Acquires, S::SubjectObject)},
    Entry{"purchased", t(R::Acquires, S::SubjectObject)},
    Entry{"acquisition", t(R::Acquires, S::SubjectObject, "of", {}, false, true)},
    Entry{"takeover", t(R::Acquires, S::SubjectObject, "of", {}, false, true)},
    Entry{"purchase", t(R::Acquires, S::SubjectObject, "of", {}, false, true)},
    Entry{"founded", t(R::Founded, S::SubjectObject)},
    Entry{"co-founded", t(R::Founded, S::SubjectObject)},
    Entry{"cofounded", t(R::Founded, S::SubjectObject)},
    Entry{"established", t(R::Founded, S::SubjectObject)},
    Entry{"started", t(R::Founded, S::SubjectObject)},
    Entry{"holds", t(R::ShareholderOf, S::SubjectObject)},
    Entry{"joined", t(R::WorksFor, S::SubjectObject)},
    Entry{"joins", t(R::WorksFor, S::SubjectObject)},
    Entry{"heads", t(R::WorksFor, S::SubjectObject, {}, "head")},
    Entry{"leads", t(R::WorksFor, S::SubjectObject, {}, "head")},
    Entry{"runs", t(R::WorksFor, S::SubjectObject, {}, "head")},
    Entry{"left", t(R::WorksFor, S::SubjectObject, {}, {}, true)},
    Entry{"hired", t(R::WorksFor, S::ObjectSubject)},
    Entry{"hires", t(R::WorksFor, S::ObjectSubject)},
    Entry{"appointed", t(R::WorksFor, S::ObjectSubject)},
    Entry{"recruited", t(R::WorksFor, S::ObjectSubject)},
    Entry{"poached", t(R::WorksFor, S::ObjectSubject)},
    Entry{"unit", t(R::PartOf, S::SubjectObject, "of", {}, false, true)},
    Entry{"subsidiary", t(R::PartOf, S::SubjectObject, "of", {}, false, true)},
    Entry{"division", t(R::PartOf, S::SubjectObject, "of", {}, false, true)},
    Entry{"arm", t(R::PartOf, S::SubjectObject, "of", {}, false, true)},
    Entry{"affiliate", t(R::PartOf, S::SubjectObject, "of", {}, false, true)},
    Entry{"owns", t(R::PartOf, S::ObjectSubject)},
    Entry{"owned", t(R::PartOf, S::ObjectSubject)},
    Entry{"shareholder", t(R::ShareholderOf, S::SubjectObject, "in", {}, false, true)},
    Entry{"based", t(R::LocatedIn, S::SubjectObject, "in")},
    Entry{"headquartered", t(R::LocatedIn, S::SubjectObject, "in")},
    Entry{"headquarters", t(R::LocatedIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"office", t(R::OfficeIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"offices", t(R::OfficeIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"branch", t(R::OfficeIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"hub", t(R::OfficeIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"campus", t(R::OfficeIn, S::SubjectObject, "in", {}, false, true)},
    Entry{"support", t(R::Supports, S::SubjectObject)},
    Entry{"supports", t(R::Supports, S::SubjectObject)},
    Entry{"supported", t(R::Supports, S::SubjectObject)},
    Entry{"endorsed", t(R::Supports, S::SubjectObject)},
    Entry{"partner", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"partners", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"partnered", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"partnering", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"teamed", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"collaborate", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"collaborated", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"collaborates", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"agreement", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"partnership", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"alliance", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"cooperate", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"cooperated", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"cooperates", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"working", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"worked", t(R::PartnersWith, S::Symmetric, "with")},
    Entry{"memorandum", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"mou", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"pact", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"deal", t(R::PartnersWith, S::Symmetric, "with", {}, false, true)},
    Entry{"compete", t(R::CompetesWith, S::Symmetric, "with")},
    Entry{"competes", t(R::CompetesWith, S::Symmetric, "with")},
    Entry{"competing", t(R::CompetesWith, S::Symmetric, "with")},
    Entry{"rivals", t(R::CompetesWith, S::Symmetric)},
    Entry{"develops", t(R::Develops, S::SubjectObject)},
    Entry{"developed", t(R::Develops, S::SubjectObject)},
    Entry{"develop", t(R::Develops, S::SubjectObject)},
    Entry{"launched", t(R::Develops, S::SubjectObject)},
    Entry{"launches", t(R::Develops, S::SubjectObject)},
    Entry{"released", t(R::Develops, S::SubjectObject)},
    Entry{"releases", t(R::Develops, S::SubjectObject)},
    Entry{"unveiled", t(R::Develops, S::SubjectObject)},
    Entry{"built", t(R::Develops, S::SubjectObject)},
    Entry{"builds", t(R::Develops, S::SubjectObject)},
    Entry{"makes", t(R::Develops, S::SubjectObject)},
    Entry{"uses", t(R::Uses, S::SubjectObject)},
    Entry{"used", t(R::Uses, S::SubjectObject)},
    Entry{"using", t(R::Uses, S::SubjectObject)},
    Entry{"use", t(R::Uses, S::SubjectObject)},
    Entry{"adopted", t(R::Uses, S::SubjectObject)},
    Entry{"deployed", t(R::Uses, S::SubjectObject)},
    Entry{"deploys", t(R::Uses, S::SubjectObject)},
    Entry{"raised", t(R::InvestsIn, S::Raise)},
    Entry{"raises", t(R::InvestsIn, S::Raise)},
    Entry{"raise", t(R::InvestsIn, S::Raise)},
    Entry{"raising", t(R::InvestsIn, S::Raise)},
    Entry{"secured", t(R::InvestsIn, S::Raise)},
    Entry{"secures", t(R::InvestsIn, S::Raise)},
    Entry{"received", t(R::InvestsIn, S::Raise)},
    Entry{"receives", t(R::InvestsIn, S::Raise)},
    Entry{"closed", t(R::InvestsIn, S::Raise)},
    Entry{"landed", t(R::InvestsIn, S::Raise)},
    Entry{"attracted", t(R::InvestsIn, S::Raise)},
    Entry{"won", t(R::InvestsIn, S::Raise)},
};

} // namespace

std::optional<EnglishTrigger> findEnglishTrigger(std::string_view lower)
{
    for (const Entry& e : entries)
        if (e.word == lower)
            return e.trigger;
    return std::nullopt;
}

bool takesPassiveAgent(std::string_view lower)
{
    static constexpr std::string_view participles[] = {
        "acquired",  "bought",   "purchased", "founded", "co-founded", "cofounded", "established", "backed",
        "funded",    "financed", "sponsored", "owned",   "developed",  "built",     "made",        "used",
        "supported", "endorsed", "led",       "co-led",  "created",    "launched",  "started"};
    for (std::string_view p : participles)
        if (p == lower)
            return true;
    return false;
}

} // namespace newsgraph::core
