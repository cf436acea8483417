#include "extract/ArgumentRelationExtractor.h"

#include "extract/ArgumentSlots.h"
#include "extract/CharIndex.h"
#include "extract/ImpliedRelations.h"
#include "extract/NameShape.h"
#include "extract/PredicateForms.h"
#include "extract/RelationConstraints.h"
#include "extract/RelationEmitter.h"
#include "extract/TriggerReading.h"

#include <algorithm>

namespace newsgraph::core {
namespace {

using R = RelationType;

// The discourse focus ("이 회사") standing in for a missing argument.
struct Focus {
    bool allowed = false;
    Argument arg;

    Focus(const ArgumentStructure& s, const SentenceContext& ctx, std::size_t t)
    {
        allowed = !hasSubjectMarkedToken(s, t) && ctx.focusOrganisation && ctx.entities;
        if (!allowed) return;
        arg.entity = *ctx.focusOrganisation;
        arg.type = (*ctx.entities)[arg.entity].type;
        arg.anaphor = true;
        arg.confidence = 0.5;
    }
};

// The clause's subject: the nearest subject or topic before the trigger, else a topic earlier in the sentence.
// "워런 버핏이 이끄는 버크셔해서웨이는 … 대주주다": a subject inside a relative clause on the topic is not it.
Args subjectOf(const ArgumentStructure& s, const TriggerReading& r)
{
    Args subject = nearestWithRole(s, ArgumentRole::Subject, r.clause.first, r.at);
    Args topic = nearestWithRole(s, ArgumentRole::Topic, r.clause.first, r.at);
    if (!topic.empty() && (subject.empty() || topic.front()->roleToken > subject.front()->roleToken)) subject = topic;
    if (subject.empty()) subject = nearestWithRole(s, ArgumentRole::Topic, 0, r.at);
    return subject;
}

// The subject of the relative clause the trigger stands in, if any ("알토스벤처스가 투자한 Y는").
Args subjectInClause(const ArgumentStructure& s, const TriggerReading& r)
{
    Args subject = nearestWithRole(s, ArgumentRole::Subject, r.clause.first, r.at);
    if (subject.empty()) return subject;
    const Args topic = nearestWithRole(s, ArgumentRole::Topic, r.clause.first, r.at);
    if (topic.empty() || topic.front()->roleToken < subject.front()->roleToken) return subject;
    for (std::size_t k = subject.front()->roleToken + 1; k < topic.front()->first; ++k)
        if (s.tokens()[k].isWord() && isAdnominalForm(s.tokens()[k].text) && !isClauseEnding(s.tokens()[k].text)) return {};
    return subject;
}

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
    // "인텔의 파운드리 사업을 지원하기로", "삼성전자의 평택 공장 증설을 뒷받침한다": backing an organisation's
    // project backs the organisation, not the place named in it.
    const bool onlyPlaces = std::all_of(found.begin(), found.end(), [](const Argument* a) { return isLocation(a->type); });
    if (onlyPlaces && slot == Slot::Object && (r.type == R::Supports || r.type == R::Funds)) {
        const Args owner = objectOwner(s, r.clause.first, t);
        if (!owner.empty()) found = owner;
    }
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
    if (agents.empty() && r.continuation == Continuation::Particle) {
        const Args owners = genitiveBefore(s, r.at);
        if (owners.size() >= 2 && mutual(owners))
            return emitSymmetric(r.type, owners, s, ctx, r.predicate, trig.word, confidence * 0.9, out);
    }
    if (agents.size() < 2 || !predicateFollows(s.tokens(), r.at, r.continuation, trig.verbalNoun)) return;
    if (mutual(agents)) emitSymmetric(r.type, agents, s, ctx, r.predicate, trig.word, confidence, out);
}

// "이번 투자에는 A, B 등이 참여했다": investors joining a round of the company the passage is about.
void readRoundParticipation(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                            const Args& subject, std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    std::size_t round = tokens.size();
    for (std::size_t k = r.clause.first; k < r.at; ++k)
        if (tokens[k].isWord() && (tokens[k].stem.starts_with("투자") || tokens[k].stem.starts_with("시리즈")) &&
            tokens[k].stem != "투자자" && tokens[k].stem != "투자사")
            round = k;
    if (round == tokens.size() || subject.empty()) return;
    Args investee = nearestWithRole(s, ArgumentRole::Genitive, round >= 3 ? round - 3 : 0, round);
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

// "SK텔레콤은 보안 사업부를 분사해 SK쉴더스를 세웠다": the unit split off becomes the new company.
void readUnitSplitOff(const ArgumentStructure& s, const SentenceContext& ctx, const TriggerReading& r,
                      std::vector<RelationCandidate>& out)
{
    const auto& tokens = s.tokens();
    const std::size_t t = r.at;
    if (r.head || !(r.continuation == Continuation::Active || !r.trigger->verbalNoun) ||
        !nearestWithRole(s, ArgumentRole::Source, r.clause.first, t).empty() || t + 2 >= tokens.size())
        return;
    const Args founder = nearestWithRole(s, ArgumentRole::Topic, 0, t);
    if (founder.empty()) return;
    for (const auto& a : s.arguments()) {
        if (a.anaphor || a.modifier || a.role != ArgumentRole::Object || a.first != t + 1 || a.roleToken + 1 >= tokens.size())
            continue;
        const std::string_view v = tokens[a.roleToken + 1].text;
        if (v.starts_with("세웠") || v.starts_with("설립") || v.starts_with("출범"))
            emit(r.type, {&a}, founder, s, ctx, t, r.trigger->word, r.trigger->confidence * 0.9, out);
    }
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
    if (trig.word == "참여") return readRoundParticipation(s, ctx, r, subject, out);

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
        // "X에 위치한 Y": the place belongs to the phrase the verb modifies, never to the clause's subject.
        if (type == R::LocatedIn && r.adnominal && !r.head) return;
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
        if (type == R::LocatedIn || type == R::OfficeIn) targets = broadestPlace(s, targets);
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
        // "카카오에 인수된", "X에 영입된", "X에 도입된 Y": the dative acts.
        if (sources.empty() && (type == R::Acquires || type == R::WorksFor || type == R::Uses))
            sources = nearestWithRole(s, ArgumentRole::Dative, r.clause.first, t);
        if (targets.empty() && !sources.empty() && focus.allowed &&
            (type == R::InvestsIn || type == R::Supports || type == R::Funds)) {
            targets = {&focus.arg};
            confidence *= 0.75;
        }
        // "X에 영입된 Y": the one hired is the relation's source.
        if (trig.swapped) std::swap(sources, targets);
    }
    if (sources.empty() && !targets.empty() && focus.allowed && !r.passive && type == R::Develops) {
        sources = {&focus.arg};
        confidence *= 0.75;
    }
    emit(type, sources, targets, s, ctx, r.predicate, trig.word, confidence, out);
    // "존 스미스는 테슬라에서 자율주행 소프트웨어를 개발한다": a person working at an organisation.
    if (type == R::Develops && !r.passive) {
        Args people;
        for (const Argument* a : sources)
            if (a->type == EntityType::Person) people.push_back(a);
        const Args workplace = nearestWithRole(s, ArgumentRole::Source, r.clause.first, t);
        if (!people.empty() && !workplace.empty())
            emit(R::WorksFor, people, workplace, s, ctx, r.predicate, trig.word, confidence * 0.8, out);
    }
}

} // namespace newsgraph::core
