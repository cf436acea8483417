#include "extract/TriggerReading.h"

#include "extract/ArgumentSlots.h"
#include "extract/PaymentStatement.h"
#include "extract/PredicateForms.h"
#include "extract/ProviderProducts.h"
#include "extract/StakeDeals.h"
#include "extract/Utf8Scan.h"
#include "extract/WordAffixes.h"

#include <array>

namespace newsgraph::core {
namespace {

// "X로부터 30억원을 유치했다": raising money, not hosting an event.
bool raisesMoney(const std::vector<Token>& tokens, std::pair<std::size_t, std::size_t> clause)
{
    for (std::size_t k = clause.first; k <= clause.second && k < tokens.size(); ++k)
        if (tokens[k].isWord() && (isMoneyWord(tokens[k].stem) || tokens[k].stem.starts_with("투자") ||
                                   tokens[k].stem.starts_with("시리즈") || tokens[k].stem.ends_with("자금")))
            return true;
    return false;
}

// "연구비를 댔다", "500억원을 냈다": the giving verb's object is money or a fund.
bool fundingObject(const std::vector<Token>& tokens, std::size_t at)
{
    for (std::size_t k = at; k > 0 && k + 3 > at;) {
        --k;
        if (tokens[k].role == ArgumentRole::Object) return isFundingNoun(tokens[k].stem) || isMoneyWord(tokens[k].stem);
        if (!tokens[k].isWord() || !isAdverbWord(tokens[k].text)) return false;
    }
    return false;
}

// The object right before the verb names goods ("GPU를", "H100 GPU 10만개를", "칩 2만장을").
bool goodsObject(const std::vector<Token>& tokens, std::size_t at)
{
    for (std::size_t k = at; k > 0 && k + 4 > at;) {
        --k;
        // "GPU를 대량으로 사들였다", "칩을 미국에서 사들였다": other words may stand between object and verb.
        if (tokens[k].role != ArgumentRole::Object) {
            if (!tokens[k].isWord()) return false;
            continue;
        }
        if (isProductKindNoun(tokens[k].stem)) return true;
        // A counted object: the goods are named right before the count.
        const bool count = utf8::containsDigit(tokens[k].stem) && !isMoneyWord(tokens[k].stem);
        return count && k > 0 && tokens[k - 1].isWord() && isProductKindNoun(tokens[k - 1].stem);
    }
    return false;
}

bool officeObject(const std::vector<Token>& tokens, std::size_t at)
{
    for (std::size_t k = at >= 3 ? at - 3 : 0; k < at; ++k)
        if (tokens[k].role == ArgumentRole::Object && isOfficeNoun(tokens[k].stem)) return true;
    return false;
}

} // namespace

std::optional<TriggerReading> readTrigger(const ArgumentStructure& s, std::size_t t, const Trigger& trig)
{
    const auto& tokens = s.tokens();
    const Token& tok = tokens[t];
    if (!hasPrefix(tok.text, trig.word)) return std::nullopt;
    TriggerReading r;
    r.trigger = &trig;
    r.at = t;
    const std::string_view rest = tok.text.substr(trig.word.size());
    if (trig.verbalNoun) {
        r.continuation = continuationOf(rest);
        if (r.continuation == Continuation::Other) return std::nullopt;
    } else if ((trig.word == "연" || trig.word == "열") && !rest.empty()) {
        return std::nullopt;
    }
    const bool wordCarriesParticle =
        !trig.verbalNoun && (trig.word.ends_with("를") || trig.word.ends_with("을") || trig.word.ends_with("로"));
    const bool nextIsWord = t + 1 < tokens.size() && tokens[t + 1].isWord();
    // "X에 문을 연 Y": opening its doors there, not closing them ("문을 닫았다").
    if (trig.word == "문을" && (!nextIsWord || !startsWithAny(tokens[t + 1].text, {"열", "연"}))) return std::nullopt;
    r.predicate = t;
    if (((trig.verbalNoun && (r.continuation == Continuation::Particle || r.continuation == Continuation::Bare)) ||
         wordCarriesParticle) &&
        nextIsWord)
        r.predicate = t + 1;
    // "보조금 300억원을 받는다": a received fund's sum may stand between it and the verb.
    if (trig.passiveOnly && rest.empty() && r.predicate == t + 1 && t + 2 < tokens.size() && tokens[t + 2].isWord() &&
        isMoneyWord(tokens[t + 1].stem))
        r.predicate = t + 2;
    // "대전에 자리 잡은", "터 잡은": a bare noun with its support verb written apart.
    if (!trig.verbalNoun && rest.empty() && nextIsWord && startsWithAny(tokens[t + 1].text, {"잡", "둔", "두", "튼", "틀"}))
        r.predicate = t + 1;
    // Splitting off and location read the same in both voices ("분할돼", "설립된").
    r.passive = r.continuation == Continuation::Passive && trig.type != RelationType::SpunOffFrom &&
                trig.type != RelationType::LocatedIn;
    std::size_t& pred = r.predicate;
    // "X의 지원을 등에 업은 Y": backing carried on the back is received.
    if (pred != t && tokens[pred].text == "등에" && pred + 1 < tokens.size() && tokens[pred + 1].text.starts_with("업")) {
        ++pred;
        r.passive = true;
    }
    bool received = false;
    if (pred != t) {
        const std::string_view w = tokens[pred].text;
        received = startsWithAny(w, {"받", "얻", "확보"});
        if (received || startsWithAny(w, {"유치", "이끌어"})) r.passive = true;
        // "X의 전폭적인 지원 속에 성장한 Y", "X의 투자 덕분에": what is under the backing received it.
        if (r.continuation == Continuation::Bare && startsWithAny(w, {"속에", "아래", "하에", "덕분", "덕에", "힘입어"}))
            r.passive = received = r.frontedBacking = true;
    }
    if (trig.passiveOnly && !received) return std::nullopt;
    r.clause = s.clauseOf(t);
    // "Y는 X로부터 30억원을 유치했다": raising money is being invested in; hosting an event is not.
    if (trig.word == "유치" || trig.word == "조달") {
        if (!raisesMoney(tokens, r.clause) || r.continuation != Continuation::Active) return std::nullopt;
        r.passive = true;
    }
    r.adnominal = isAdnominalForm(tokens[pred].text) && !isClauseEnding(tokens[pred].text) && pred + 1 < tokens.size() &&
                  tokens[pred + 1].isWord();

    r.type = trig.type;
    r.slot = trig.target;
    r.alternative = trig.alternative;
    if (trig.needsFundingNoun && !statesPayment(tokens, r.clause)) {
        if (trig.word != "지원") return std::nullopt;
        // Backing without money: "X를 지원한다", "X에 행정 지원을 아끼지 않겠다".
        r.type = RelationType::Supports;
        r.slot = Slot::Object;
        r.alternative = Slot::Dative;
    }
    // "산업은행은 X에 3000억원을 공급했다", "X에 1억달러 규모의 인센티브를 제공": supplying money or a paid
    // incentive is funding (ontology: a payment is funds, backing without one is supports).
    if ((trig.word == "공급" && fundingObject(tokens, t)) || (trig.word == "인센티브" && statesPayment(tokens, r.clause)))
        r.type = RelationType::Funds;
    // "엔비디아 GPU 10만개를 사들였다": buying a firm's goods makes a customer, not an owner.
    if (trig.type == RelationType::Acquires && !trig.sellerSubject && goodsObject(tokens, t)) r.type = RelationType::Uses;
    // "X를 도입한다고 발표했다": after a reported clause, the object belongs to the clause, not to the saying.
    if ((trig.word == "발표" || trig.word == "공개") && t > 0 && tokens[t - 1].isWord() &&
        (tokens[t - 1].text.ends_with("다고") || tokens[t - 1].text.ends_with("라고")))
        return std::nullopt;
    if (trig.needsOfficeNoun && !officeObject(tokens, t)) return std::nullopt;
    if (trig.needsFundingObject && !fundingObject(tokens, t)) return std::nullopt;
    if (r.slot == Slot::StakeOwner && !(rest.empty() || ParticleStripper::isParticle(rest))) return std::nullopt;
    // "X 지분 80%를 620억원에 취득": buying control of X is acquiring it.
    if (r.slot == Slot::StakeOwner && buysMajorityStake(tokens, t)) r.type = RelationType::Acquires;
    else if (r.slot == Slot::StakeOwner && !holdingFollows(tokens, t) && !holdingBefore(tokens, t)) return std::nullopt;

    r.head = r.adnominal ? headAfter(s, pred) : nullptr;
    if (r.slot == Slot::StakeOwner && !r.head) r.head = stakeHolderAfter(s, t); // "X 지분을 보유했던 Y"
    // "사천시에 문을 연 과기정통부 소속 중앙행정기관이다": a name that only modifies the copula noun is not what
    // the clause places; the sentence's topic is.
    if (r.head && !r.head->direct && r.head->role == ArgumentRole::Copula &&
        (trig.type == RelationType::LocatedIn || trig.type == RelationType::OfficeIn))
        r.head = nullptr;
    // "LG전자에서 분리돼 설립된 LG이노텍은": a linked verb, then the adnominal that names the head.
    if (!r.adnominal && pred + 2 < tokens.size() && tokens[pred + 1].isWord() && tokens[pred + 2].isWord() &&
        (tokens[pred].text.ends_with("돼") || tokens[pred].text.ends_with("해") || tokens[pred].text.ends_with("져")) &&
        isAdnominalForm(tokens[pred + 1].text) && !isClauseEnding(tokens[pred + 1].text) &&
        nearestWithRole(s, ArgumentRole::Subject, r.clause.first, t).empty() &&
        nearestWithRole(s, ArgumentRole::Topic, r.clause.first, t).empty())
        r.head = headAfter(s, pred + 1);
    // "X의 지원 속에 성장한 Y": the verb after the phrase names the one backed.
    if (r.frontedBacking && !r.head && pred + 2 < tokens.size() && isAdnominalForm(tokens[pred + 1].text) &&
        !isClauseEnding(tokens[pred + 1].text) && tokens[pred + 2].isWord())
        r.head = headAfter(s, pred + 1);
    return r;
}

} // namespace newsgraph::core
