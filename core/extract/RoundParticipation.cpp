// Invests_in for investors joining or leading a funding round, into the company the round belongs to.
#include "extract/RoundParticipation.h"

#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

// "투자를", "시리즈A", "라운드": a word naming the round itself.
bool isRoundWord(std::string_view stem)
{
    return (stem.starts_with("투자") || stem.starts_with("시리즈") || stem == "라운드") && stem != "투자자" &&
           stem != "투자사";
}

// "전략적 투자자로 참여했다": joining in the capacity of an investor joins the round under discussion.
bool joinsAsInvestor(const std::vector<Token>& tokens, std::size_t trigger)
{
    if (trigger == 0 || !tokens[trigger - 1].isWord())
        return false;
    const Token& t = tokens[trigger - 1];
    return (t.particle == "로" || t.particle == "으로") &&
           (t.stem.ends_with("투자자") || t.stem.ends_with("투자사") || t.stem.ends_with("투자기관"));
}

// 주도 and 이끌 lead a round only as the clause's own verb ("주도했고", "주도한", "이끌었으며", "이끈"); "X 주도로",
// "주도하에", "주도권" are read elsewhere or are not about money, and "투자를 이끌어냈다" is raising it.
bool leadsAsVerb(std::string_view word)
{
    if (word.starts_with("이끌"))
        return word.starts_with("이끌었") || word.starts_with("이끌고") || word.starts_with("이끌며");
    if (word == "이끈")
        return true;
    const std::string_view rest = word.substr(std::string_view("주도").size());
    return rest.starts_with("했") || rest == "한" || rest.starts_with("하고") || rest.starts_with("하며") ||
           rest.starts_with("해");
}

} // namespace

void readRoundParticipation(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                            const Args& subject, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    const bool lead = r.trigger->word == "주도" || r.trigger->word == "이끌";
    if (lead && !leadsAsVerb(tokens[r.at].text))
        return;
    std::size_t round = tokens.size();
    // "이번 투자 라운드는 X가 주도했으며, A와 B가 참여했다": a round the sentence is about (its topic) covers
    // the later clauses too.
    for (std::size_t k = 0; k < r.at; ++k)
        if (tokens[k].isWord() && isRoundWord(tokens[k].stem) &&
            (k >= r.clause.first || tokens[k].role == ArgumentRole::Topic))
            round = k;
    const bool asInvestor = joinsAsInvestor(tokens, r.at);
    // "소프트뱅크벤처스와 KDB산업은행이 새로 참여했고": investment firms joining, right after the round was
    // named, join the round even when this clause does not name it again.
    // A public bank beside a VC ("소프트뱅크벤처스와 KDB산업은행이") joins it; companies alone may join
    // anything.
    const bool investors = std::any_of(subject.begin(), subject.end(),
                                       [](const Argument* a) { return a->type == EntityType::Investor; }) &&
                           std::all_of(subject.begin(), subject.end(),
                                       [](const Argument* a) { return isOrganisation(a->type); });
    if (subject.empty())
        return;
    // Leading needs the round named before the verb ("이번 투자는 X가 주도했고", "X가 투자를 주도했다"):
    // leading alone is said of projects, consortia and markets.
    if (lead &&
        (round == tokens.size() || !std::all_of(subject.begin(), subject.end(),
                                                [](const Argument* a) { return isOrganisation(a->type); })))
        return;
    if (round == tokens.size() && !investors && !asInvestor)
        return;
    Args investee = round == tokens.size()
                        ? Args{}
                        : nearestWithRole(s, ArgumentRole::Genitive, round >= 3 ? round - 3 : 0, round);
    // "메디노트는 … 투자에서 90억원을 유치했고, A와 B가 참여했다": the company the sentence is about raised
    // it.
    if (investee.empty() && r.clause.first > 0) {
        const Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, r.clause.first);
        const bool other =
            !topic.empty() && std::none_of(subject.begin(), subject.end(), [&](const Argument* a) {
                return a->entity == topic.front()->entity;
            });
        if (other &&
            (topic.front()->type == EntityType::Company || topic.front()->type == EntityType::Academia))
            investee = topic;
    }
    Argument roundFocus;
    if (investee.empty() && ctx.focusOrganisation && ctx.entities) {
        roundFocus.entity = *ctx.focusOrganisation;
        roundFocus.type = (*ctx.entities)[roundFocus.entity].type;
        roundFocus.anaphor = true;
        roundFocus.confidence = 0.5;
        investee = {&roundFocus};
    }
    emit(r.type, subject, investee, s, ctx, r.predicate, r.trigger->word, r.trigger->confidence, out);
}

} // namespace newsgraph::core
