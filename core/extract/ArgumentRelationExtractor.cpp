// Relations from trigger words and the arguments their particles mark: subject, object, 에/와/로부터 and the rest.
#include "extract/ArgumentRelationExtractor.h"

#include "extract/ArgumentSlots.h"
#include "extract/CharIndex.h"
#include "extract/CoordinatedPeople.h"
#include "extract/DealAgents.h"
#include "extract/HeadquartersMoves.h"
#include "extract/ImpliedRelations.h"
#include "extract/JointSites.h"
#include "extract/ModifiedProducts.h"
#include "extract/NameShape.h"
#include "extract/OrganisationRecognizer.h"
#include "extract/PlaceDistricts.h"
#include "extract/PostOwner.h"
#include "extract/PredicateForms.h"
#include "extract/PurchasedSites.h"
#include "extract/ProgrammeFunding.h"
#include "extract/ProgrammeSelection.h"
#include "extract/ProviderProducts.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/RelativeClauseSubject.h"
#include "extract/RivalNomination.h"
#include "extract/RoundParticipation.h"
#include "extract/TriggerReading.h"
#include "extract/UnitSplitOff.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

using R = RelationType;

// Sentence openers that carry on the record of the company just discussed ("앞서", "이후", "지난해에는").
bool continuesRecord(const std::vector<Token>& tokens)
{
    if (tokens.empty() || !tokens.front().isWord()) return false;
    const std::string_view w = tokens.front().text;
    return w == "앞서" || w == "이후" || w == "이어" || w == "또" || w == "또한" || w == "이에" || w.starts_with("지난해") ||
           w.starts_with("올해") || w.starts_with("최근");
}

// The discourse focus ("이 회사") standing in for a missing argument.
struct Focus {
    bool allowed = false;
    Argument arg;

    Focus(const ArgumentStructure& s, const SentenceContext& ctx, std::size_t t)
    {
        allowed = !hasSubjectMarkedToken(s, t) && ctx.focusOrganisation && ctx.entities;
        if (!ctx.focusOrganisation || !ctx.entities) return;
        // Filled even when a subject bars the focus as agent: some rules still need it as the object.
        arg.entity = *ctx.focusOrganisation;
        arg.type = (*ctx.entities)[arg.entity].type;
        arg.anaphor = true;
        arg.confidence = 0.5;
        known = true;
    }
    bool known = false; // a focus organisation exists at all
};

// An object is the nearest one before the verb: in "스테이블 디퓨전을 활용해 배경 이미지를 만든다" the name
// is not what is made.
bool objectInterrupted(const ArgumentStructure& s, const Args& found, std::size_t t)
{
    if (found.empty()) return false;
    const auto& tokens = s.tokens();
    for (std::size_t k = found.back()->roleToken + 1; k < t; ++k) {
        if (tokens[k].role != ArgumentRole::Object || !tokens[k].isWord() || tokens[k].particle.empty()) continue;
        const bool named = std::any_of(s.arguments().begin(), s.arguments().end(),
                                       [&](const Argument& a) { return a.roleToken == k; });
        if (!named) return true;
    }
    return false;
}

Args slotArguments(const ArgumentStructure& s, const TriggerReading& r, Slot slot)
{
    const std::size_t t = r.at;
    switch (slot) {
    case Slot::None: return {};
    case Slot::Genitive: return nearestWithRole(s, ArgumentRole::Genitive, t >= 4 ? t - 4 : 0, t);
    case Slot::ObjectOwner: return objectOwner(s, r.clause.first, t);
    case Slot::StakeOwner: return stakeOwner(s, t);
    default: break;
    }
    Args found = nearestWithRole(s, roleFor(slot), r.clause.first, t);
    // "카카오의 칩은 네이버의 칩과 경쟁한다": the maker of what is compared.
    if (found.empty() && slot == Slot::Comitative) found = roleNounOwner(s, ArgumentRole::Comitative, r.clause.first, t);
    if (slot == Slot::Object && objectInterrupted(s, found, t)) found.clear();
    if (found.empty() && slot == Slot::Object) found = compoundObject(s, t);
    if (found.empty() && slot == Slot::Object) found = namedObject(s, t);
    if (found.empty() && slot == Slot::Object && (r.type == R::Uses || r.type == R::Develops))
        found = productBeforeKindNoun(s, r.clause.first, t);
    if (found.empty() && slot == Slot::Dative && r.type == R::WorksFor) found = postOwner(s, r.clause.first, t);
    // "Y가 X의 (핵심 자산) 인수를 마무리했다": the deal noun, object of a verb of its own, is X's purchase.
    if (found.empty() && slot == Slot::Object && r.type == R::Acquires && r.continuation == Continuation::Particle &&
        (s.tokens()[t].particle == "을" || s.tokens()[t].particle == "를"))
        found = genitiveBefore(s, t);
    // "인텔의 파운드리 사업을 지원하기로", "삼성전자의 평택 공장 증설을 뒷받침한다": backing an organisation's
    // project backs the organisation, not the place named in it.
    const bool onlyPlaces = std::all_of(found.begin(), found.end(), [](const Argument* a) { return isLocation(a->type); });
    if (onlyPlaces && slot == Slot::Object && (r.type == R::Supports || r.type == R::Funds)) {
        const Args owner = objectOwner(s, r.clause.first, t);
        if (!owner.empty()) found = owner;
    }
    // "서울대 컴퓨터공학부 연구실에서 창업한": a start-up leaves the organisation that owns the lab.
    if (found.empty() && slot == Slot::Source && r.type == R::SpunOffFrom)
        found = roleNounOwner(s, ArgumentRole::Source, r.clause.first, t);
    // "ETRI의 초거대 AI 연구에 500억원을 지원한다": money for an organisation's work goes to the organisation.
    if (found.empty() && slot == Slot::Dative && r.type != R::LocatedIn && r.type != R::OfficeIn)
        found = roleNounOwner(s, ArgumentRole::Dative, r.clause.first, t);
    return found;
}

Args slotOrAlternative(const ArgumentStructure& s, const TriggerReading& r)
{
    Args found = slotArguments(s, r, r.slot);
    return found.empty() ? slotArguments(s, r, r.alternative) : found;
}

// "A와 B는 협력하기로 했다", "A, B, C 3사는 … 맞붙고 있다", "A는 B와 손잡고".
void readComitative(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r, const Args& subject,
                    const Focus& focus, std::vector<RelationCandidate>& out)
{
    const Trigger& trig = *r.trigger;
    double confidence = trig.confidence;
    Args agents = r.head ? Args{r.head} : subject;
    // "퓨리오사AI의 칩은 엔비디아 GPU와 맞붙는다": the maker of what competes.
    if (agents.empty()) agents = subjectNounOwner(s, r.clause.first, r.at);
    const Args partners = slotArguments(s, r, Slot::Comitative);
    if (agents.empty() && !partners.empty() && focus.allowed) {
        agents = {&focus.arg};
        confidence *= 0.75;
    }
    if (!partners.empty()) {
        emit(r.type, agents, partners, s, ctx, r.predicate, trig.word, confidence, out);
        return;
    }
    // Rivals listed together compete with each other; a comma list of partners ("A, B, C가 제휴를 맺고") says
    // each has partners, so partners need names joined by 와/과.
    auto mutual = [&](const Args& group) {
        return r.type == R::CompetesWith || std::any_of(group.begin(), group.end() - 1, [&](const Argument* a) {
                   return roleAfter(s.tokens(), a->head) == ArgumentRole::Comitative;
               });
    };
    // "배달의민족과 쿠팡이츠의 점유율 경쟁이 치열하다": the rivalry of names joined in the genitive, when the
    // trigger heads its phrase ("협력 요청이" is a request, not a partnership).
    // "SK온과 포드의 합작사 블루오벌SK": the owners of a joint venture are partners, whoever the clause is about.
    const bool jointVenture = trig.word == "합작사" || trig.word == "합작법인";
    if ((agents.empty() && r.continuation == Continuation::Particle) || (jointVenture && r.continuation == Continuation::Bare)) {
        const Args owners = genitiveBefore(s, r.at);
        if (owners.size() >= 2 && mutual(owners))
            return emitSymmetric(r.type, owners, s, ctx, r.predicate, trig.word, confidence * 0.9, out);
    }
    if (agents.size() < 2 || !predicateFollows(s.tokens(), r.at, r.continuation, trig.verbalNoun)) return;
    if (mutual(agents)) emitSymmetric(r.type, agents, s, ctx, r.predicate, trig.word, confidence, out);
}

// "A는 B와 함께 X를 설립했다", "A는 B 등과 공동으로 투자했다": the companion acts too.
Args companions(const ArgumentStructure& s, const TriggerReading& r)
{
    const auto& tokens = s.tokens();
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.anaphor || a.role != ArgumentRole::Comitative || a.roleToken < r.clause.first ||
            a.roleToken + 1 >= r.at)
            continue;
        const std::string_view next = tokens[a.roleToken + 1].text;
        if (next == "함께" || next == "공동으로" || next == "나란히" || next == "같이") return s.groupOf(a);
    }
    return {};
}

} // namespace

void ArgumentRelationExtractor::extract(const ArgumentStructure& s, const SentenceContext& ctx,
                                        std::vector<RelationCandidate>& out) const
{
    const std::size_t firstNew = out.size();
    extractTriggers(s, ctx, out);
    readProgrammeFunding(s, ctx, out);
    readRivalNominations(s, ctx, out);
    readProgrammeSelection(s, ctx, out);
    addDealAgents(s, ctx, out);
    addPurchasedSites(s, ctx, out);
    addHeadquartersMoves(s, ctx, out);
    addImpliedRelations(s, ctx, firstNew, out);
}

void ArgumentRelationExtractor::extractTriggers(const ArgumentStructure& s, const SentenceContext& ctx,
                                                std::vector<RelationCandidate>& out) const
{
    const auto& tokens = s.tokens();
    int quoteDepth = 0;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        const Token& tok = tokens[t];
        if (tok.punct == PunctKind::OpenQuote) ++quoteDepth;
        if (tok.punct == PunctKind::CloseQuote && quoteDepth > 0) --quoteDepth;
        // Words inside quotes are titles and sayings, not the sentence's own predicates.
        if (!tok.isWord() || tok.text.empty() || quoteDepth > 0) continue;
        static const CharIndex<Trigger> byFirstChar(triggers(), CharIndex<Trigger>::End::First,
                                                    [](const Trigger& tr) { return tr.word; });
        for (const Trigger* candidate : byFirstChar.candidates(tok.text)) {
            const auto reading = readTrigger(s, t, *candidate);
            if (reading) readArguments(s, ctx, *reading, out);
        }
    }
}

void ArgumentRelationExtractor::readArguments(const ArgumentStructure& s, const SentenceContext& ctx,
                                              const TriggerReading& r, std::vector<RelationCandidate>& out) const
{
    const Trigger& trig = *r.trigger;
    const std::size_t t = r.at;
    const RelationType type = r.type;
    if (type == R::SpunOffFrom) readUnitSplitOff(s, ctx, r, out);
    const Args subject = subjectOf(s, r);
    const Focus focus(s, ctx, t);
    if (r.slot == Slot::Comitative) return readComitative(s, ctx, r, subject, focus, out);
    if (type == R::InvestsIn && (trig.word == "참여" || trig.word == "주도" || trig.word == "이끌"))
        return readRoundParticipation(s, ctx, r, subject, out);

    double confidence = trig.confidence;
    Args sources, targets;
    if (!r.passive) {
        const Args inClause = subjectInClause(s, r);
        // "알토스벤처스가 투자한 게임사 스텔라웍스는": with the subject in the relative clause, the head
        // fills the slot the clause leaves open.
        if (r.head && !inClause.empty() &&
            (r.slot == Slot::Object || trig.swapped || (r.slot == Slot::Dative && slotArguments(s, r, r.slot).empty()))) {
            sources = inClause;
            targets = {r.head};
        } else if (r.head && inClause.empty() && r.slot == Slot::Object && !trig.swapped &&
                   (type == R::Develops || type == R::Acquires) && slotArguments(s, r, r.slot).empty() &&
                   !subject.empty() && subject.front()->last < t &&
                   std::none_of(subject.begin(), subject.end(), [&](const Argument* a) { return a == r.head; })) {
            // "뉴로바인은 자체 개발한 플랫폼 '브레인셔틀'을 활용해": a relative clause without its own subject on
            // the object of the main clause was done by the main clause's subject.
            sources = subject;
            targets = {r.head};
        } else if (trig.sellerSubject) {
            // "A는 B를 C에 매각했다": C buys B.
            sources = slotArguments(s, r, Slot::Dative);
            targets = r.head ? Args{r.head} : slotArguments(s, r, Slot::Object);
        } else {
            sources = r.head ? Args{r.head} : (inClause.empty() ? subject : inClause);
            targets = slotOrAlternative(s, r);
        }
        // "카카오는 김범수 의장이 설립한 회사다": a relative clause on the predicate noun describes the topic.
        if (targets.empty() && r.adnominal && !r.head && r.slot == Slot::Object && !sources.empty() &&
            copulaPredicateAfter(s.tokens(), r.predicate)) {
            Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
            if (!topic.empty() && topic.front()->entity != sources.front()->entity) {
                targets = topic;
                confidence *= 0.85;
            }
        }
        // "큐어젠틱스는 … 한승우 대표가 창업한 회사로, 성남에 본사를 두고": people have no headquarters, so a
        // person subject from an earlier relative clause yields to the sentence's topic.
        if ((type == R::LocatedIn || type == R::OfficeIn) && !sources.empty() &&
            std::all_of(sources.begin(), sources.end(), [](const Argument* a) { return a->type == EntityType::Person; })) {
            const Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
            if (!topic.empty()) sources = topic;
        }
        // "X에 위치한 Y": the place belongs to the phrase the verb modifies, never to the clause's subject.
        // "…에 본사를 둔 기업들은" names no company; "덴티움은 수원에 본사를 둔 업체다" describes the topic.
        if (type == R::LocatedIn && r.adnominal && !r.head && !copulaPredicateAfter(s.tokens(), r.predicate)) return;
        // "카카오의 AI 사업부가 분사해 설립됐다", "X의 본사는 Y에 있다": the owner of the subject noun acts.
        if (sources.empty() || (type == R::SpunOffFrom && targets.empty())) {
            const Args owner = subjectNounOwner(s, r.clause.first, t);
            if (!owner.empty() && (type == R::LocatedIn || type == R::OfficeIn || type == R::CompetesWith))
                sources = owner;
            if (sources.empty() && (type == R::Uses || type == R::Develops)) sources = staffOwner(s, r.clause.first, t);
            if (!owner.empty() && type == R::SpunOffFrom) {
                targets = owner;
                if (sources.empty() || sources.front()->entity == owner.front()->entity)
                    sources = nearestWithRole(s, ArgumentRole::Topic, 0, t);
            }
        }
        // "LG에너지솔루션은 LG화학 전지사업부가 분사해 출범했다": the subject's own noun is a unit of the name
        // before it, so that name is the parent and the new company is the topic or the phrase the verb leads to.
        if (type == R::SpunOffFrom && targets.empty() && sources.size() == 1 && !sources.front()->direct &&
            isSplitUnit(s.tokens()[sources.front()->roleToken].stem)) {
            Args child = r.head ? Args{r.head} : nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
            if (child.empty() && t + 2 < s.tokens().size() && isAdnominalForm(s.tokens()[t + 1].text))
                if (const Argument* h = headAfter(s, t + 1)) child = {h};
            if (!child.empty() && child.front()->entity != sources.front()->entity) {
                targets = sources;
                sources = child;
            }
        }
        if (type == R::LocatedIn || type == R::OfficeIn) targets = sitePlaces(s, targets);
        if (trig.swapped) std::swap(sources, targets);
        // "미국 오픈AI도 MS가 ... 투자하면서", "리벨리온은 박성현 대표가 창업했다": a topic before the
        // subject is what was invested in or founded.
        if ((type == R::InvestsIn || (type == R::Founded && !inClause.empty())) && targets.empty() && !sources.empty()) {
            Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
            if (!topic.empty() && topic.front()->entity != sources.front()->entity) {
                targets = topic;
                confidence *= 0.75;
            }
        }
        // "기존 투자사인 카카오벤처스도 후속 투자에 나섰다": a follow-on investment goes to the company the passage
        // is about.
        if (type == R::InvestsIn && targets.empty() && !sources.empty() && t > 0 && s.tokens()[t - 1].text == "후속" &&
            focus.known &&
            std::all_of(sources.begin(), sources.end(), [](const Argument* a) { return a->type == EntityType::Investor; })) {
            targets = {&focus.arg};
            confidence *= 0.75;
        }
        if (!trig.swapped && !trig.sellerSubject && !sources.empty())
            for (const Argument* partner : coordinatedPeople(s, sources, r.clause.first))
                if (std::find(sources.begin(), sources.end(), partner) == sources.end()) sources.push_back(partner);
        if (!trig.swapped && !trig.sellerSubject && !sources.empty())
            for (const Argument* companion : companions(s, r))
                if (std::find(sources.begin(), sources.end(), companion) == sources.end()) sources.push_back(companion);
    } else {
        targets = r.head ? Args{r.head} : subject;
        // "경기도의 지원 아래 업스테이지는": the one backed follows the phrase.
        if (targets.empty() && r.frontedBacking) {
            for (const auto& a : s.arguments())
                if (!a.modifier && isSubjectRole(a.role) && a.first > r.predicate && a.roleToken <= r.clause.second) {
                    targets = s.groupOf(a);
                    break;
                }
        }
        // "X의 투자를 받았다": the owner of the trigger noun gave it, before any source further away.
        sources = genitiveBefore(s, t);
        // "X에서 설립된 Y": 에서 names where (or what from) Y was founded, not who founded it.
        if (sources.empty() && type != R::Founded) sources = nearestWithRole(s, ArgumentRole::Source, r.clause.first, t);
        if (sources.empty()) sources = nearestWithRole(s, ArgumentRole::Genitive, t >= 4 ? t - 4 : 0, t);
        // "Y가 X 주도로 … 투자를 유치했다": the round's lead investor.
        if (sources.empty() && type == R::InvestsIn) sources = roundLeader(s, r.clause.first, t);
        // "카카오에 인수된", "X에 영입된", "X에 도입된 Y": the dative acts.
        if (sources.empty() && (type == R::Acquires || type == R::WorksFor || type == R::Uses))
            sources = nearestWithRole(s, ArgumentRole::Dative, r.clause.first, t);
        // "카카오 최고재무책임자(CFO)로 김민철 씨가 선임됐다": the post's organisation appoints.
        if (sources.empty() && type == R::WorksFor) sources = postOwner(s, r.clause.first, t);
        // "X 자회사로 편입된 Y", "X 그룹에 편입된 Y": the parent the unit was taken into.
        if (sources.empty() && type == R::PartOf) {
            sources = nearestWithRole(s, ArgumentRole::Dative, r.clause.first, t);
            if (sources.empty()) sources = nearestWithRole(s, ArgumentRole::Direction, r.clause.first, t);
        }
        if (targets.empty() && !sources.empty() && focus.allowed &&
            (type == R::InvestsIn || type == R::Supports || type == R::Funds)) {
            targets = {&focus.arg};
            confidence *= 0.75;
        }
        // "X에 영입된 Y": the one hired is the relation's source. "Y는 X의 자회사로 편입됐다": the unit
        // taken in (the subject) is part of the parent, so the passive's giver is the target here.
        if (trig.swapped || type == R::PartOf) std::swap(sources, targets);
    }
    // "앞서 2021년 Y를 인수했고": a buyer left unsaid is the company the passage is about, when the sentence
    // opens by continuing that company's record; otherwise the focus may be a company merely mentioned before.
    const bool impliedBuyer = type == R::Acquires && !r.adnominal && !r.head && continuesRecord(s.tokens());
    if (sources.empty() && !targets.empty() && focus.allowed && !r.passive && (type == R::Develops || impliedBuyer)) {
        sources = {&focus.arg};
        confidence *= 0.75;
    }
    // "지난해에는 영국의 AI 칩 스타트업 그래프코어도 인수했다": with no object, a name marked 도 right before the
    // verb and introduced by what it is (스타트업, 기업) is what the passage's company also bought, not a buyer.
    if (impliedBuyer && !r.passive && targets.empty() && sources.size() == 1 && focus.known &&
        s.tokens()[sources.front()->roleToken].particle == "도" && sources.front()->roleToken + 1 == t &&
        sources.front()->first > 0 && isCompanyDescriptor(s.tokens()[sources.front()->first - 1].stem) &&
        sources.front()->entity != focus.arg.entity && isOrganisation(sources.front()->type)) {
        targets = sources;
        sources = {&focus.arg};
        confidence *= 0.7;
    }
    // "X에 문을 연 Y": the model also tags the facilities that open ("AI 데이터센터"); only known names count.
    if (trig.word == "문을" && ctx.entities)
        std::erase_if(sources, [&](const Argument* a) { return (*ctx.entities)[a->entity].source == EntitySource::Model; });
    // A person who presents, releases or holds a product did not make it ("'렛잇고'를 즉석에서 선보였다").
    const bool making = isMakingTrigger(trig);
    if (type == R::Develops && !making) std::erase_if(sources, [](const Argument* a) { return a->type == EntityType::Person; });
    emit(type, sources, targets, s, ctx, r.predicate, trig.word, confidence, out);
    if (type == R::OfficeIn && !targets.empty()) emitJointBuilders(s, ctx, r, sources, confidence, out);
    if (type == R::Uses && !r.passive &&
        std::none_of(targets.begin(), targets.end(), [](const Argument* a) { return a->type == EntityType::Product; }))
        emitProviderUse(sources, productProvider(s, r.clause.first, t), s, ctx, r.predicate, trig.word, confidence, out);
    // "오지환 대표가 대전 유성구에 세운 스타트업이다": where a company was founded is where it is based.
    if (type == R::Founded && !targets.empty()) {
        const Args places = nearestWithRole(s, ArgumentRole::Dative, r.clause.first, t);
        if (!places.empty() && std::all_of(places.begin(), places.end(), [](const Argument* a) { return isLocation(a->type); }))
            emit(R::LocatedIn, targets, places, s, ctx, r.predicate, trig.word, confidence * 0.8, out);
    }
    // "존 스미스는 테슬라에서 자율주행 소프트웨어를 개발한다": a person working at an organisation. Only making
    // verbs say so: one who runs a business, presents or holds something at a place ("포스코 공장에서 사업을
    // 운영한다", "학회에서 발표했다") need not work for it.
    if (type == R::Develops && !r.passive && making) {
        Args people;
        for (const Argument* a : sources)
            if (a->type == EntityType::Person) people.push_back(a);
        const Args workplace = nearestWithRole(s, ArgumentRole::Source, r.clause.first, t);
        if (!people.empty() && !workplace.empty())
            emit(R::WorksFor, people, workplace, s, ctx, r.predicate, trig.word, confidence * 0.8, out);
    }
}

} // namespace newsgraph::core
