#include "extract/ArgumentRelationExtractor.h"

#include "extract/CharIndex.h"
#include "extract/EvidenceAttributes.h"
#include "extract/NameShape.h"
#include "extract/RelationConstraints.h"
#include "extract/TriggerTable.h"
#include "extract/Utf8Scan.h"

#include <algorithm>
#include <array>

namespace newsgraph::core {
namespace {

using Args = std::vector<const Argument*>;

bool isSubjectRole(ArgumentRole r) { return r == ArgumentRole::Subject || r == ArgumentRole::Topic; }

ArgumentRole roleFor(Slot slot)
{
    switch (slot) {
    case Slot::Object: return ArgumentRole::Object;
    case Slot::Dative: return ArgumentRole::Dative;
    case Slot::Source: return ArgumentRole::Source;
    case Slot::Comitative: return ArgumentRole::Comitative;
    case Slot::Genitive: return ArgumentRole::Genitive;
    case Slot::ObjectOwner:
    case Slot::StakeOwner:
    case Slot::None: break;
    }
    return ArgumentRole::None;
}

// The nearest argument with `role` whose particle lies in [from, to), with its coordination group.
Args nearestWithRole(const ArgumentStructure& s, ArgumentRole role, std::size_t from, std::size_t to)
{
    const Argument* best = nullptr;
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.role != role || a.roleToken < from || a.roleToken >= to) continue;
        if (!best || a.roleToken > best->roleToken || (a.roleToken == best->roleToken && a.first > best->first)) best = &a;
    }
    return best ? s.groupOf(*best) : Args{};
}

// A name compounded with the trigger noun: "챗GPT 사용", "[product] 도입".
Args compoundObject(const ArgumentStructure& s, std::size_t trigger)
{
    for (const auto& a : s.arguments())
        if (!a.modifier && a.role == ArgumentRole::None && a.last + 1 == trigger && s.tokens()[a.last].particle.empty())
            return s.groupOf(a);
    return {};
}

// The noun phrase a relative clause modifies: arguments between the verb and the phrase's particle.
const Argument* headAfter(const ArgumentStructure& s, std::size_t predicate)
{
    const auto& tokens = s.tokens();
    std::size_t end = predicate + 1;
    bool particleFound = false;
    for (; end < tokens.size() && end <= predicate + 10; ++end) {
        if (tokens[end].punct == PunctKind::Comma || tokens[end].punct == PunctKind::Other) break;
        if (tokens[end].isWord() && !tokens[end].particle.empty()) {
            particleFound = true;
            break;
        }
    }
    if (!particleFound) {
        // A phrase closing the sentence without a particle ("위치한 또 다른 AI 스타트업 ‘PFN’."): its last name.
        const Argument* last = nullptr;
        for (const auto& a : s.arguments())
            if (!a.modifier && a.phraseStart > predicate && a.first < end) last = &a;
        if (last && end < tokens.size() && tokens[end].punct != PunctKind::Other) return nullptr;
        return last;
    }
    // Only the phrase's head counts: in "투자하는 美 기업들" the country modifies a common noun.
    for (const auto& a : s.arguments()) {
        if (a.modifier || a.phraseStart <= predicate || a.phraseStart > end) continue;
        if (a.roleToken == end || a.head == end) return &a;
    }
    return nullptr;
}

// "엘지유플러스의 생성형 AI 모델 ‘익시젠’의 서비스 고도화 프로젝트를 이끌고": the organisation owning the
// object phrase right before the verb (only genitives and bare words between them).
Args objectOwner(const ArgumentStructure& s, std::size_t clauseFirst, std::size_t trigger)
{
    const auto& tokens = s.tokens();
    if (trigger == 0 || tokens[trigger - 1].role != ArgumentRole::Object || tokens[trigger - 1].stem.empty()) return {};
    const std::size_t object = trigger - 1;
    const auto& args = s.arguments();
    for (auto it = args.rbegin(); it != args.rend(); ++it) {
        const Argument& a = *it;
        if (a.anaphor || a.roleToken >= object || a.roleToken < clauseFirst) continue;
        bool inside = true;
        for (std::size_t k = a.roleToken + 1; k < object; ++k)
            if (tokens[k].isWord() && !tokens[k].particle.empty() && tokens[k].role != ArgumentRole::Genitive) inside = false;
        if (!inside) break;
        if (a.role == ArgumentRole::Genitive && isOrganisation(a.type)) return {&a};
    }
    return {};
}

// "삼성물산 지분 19%를", "ARM의 지분을", "메타 의결권의": the company named right before the stake noun.
Args stakeOwner(const ArgumentStructure& s, std::size_t stake)
{
    const auto& tokens = s.tokens();
    if (stake == 0) return {};
    for (const auto& a : s.arguments()) {
        if (a.anaphor || !isOrganisation(a.type)) continue;
        const bool bare = a.last + 1 == stake && tokens[a.last].particle.empty();
        const bool genitive = a.role == ArgumentRole::Genitive && a.roleToken + 1 == stake;
        if (bare || genitive) return {&a};
    }
    return {};
}

// A stake is held, bought or counted: "지분 19%를 보유하고", "주식 1%를 갖고", "의결권의 과반을 쥐고".
bool holdingFollows(const std::vector<Token>& tokens, std::size_t stake)
{
    static constexpr std::array verbs{std::string_view{"보유"}, std::string_view{"갖"}, std::string_view{"가진"},
                                      std::string_view{"가지"}, std::string_view{"가졌"}, std::string_view{"쥐"},
                                      std::string_view{"쥔"}, std::string_view{"소유"}, std::string_view{"취득"},
                                      std::string_view{"확보"}, std::string_view{"사들"}, std::string_view{"매입"},
                                      std::string_view{"인수"}, std::string_view{"늘렸"}, std::string_view{"늘린"}};
    for (std::size_t k = stake; k < tokens.size() && k <= stake + 3; ++k) {
        if (!tokens[k].isWord()) continue;
        for (auto v : verbs)
            if (tokens[k].text.starts_with(v)) return true;
        if (k > stake && isClauseEnding(tokens[k].text)) break;
    }
    return false;
}

// "일본 도쿄에", "도쿄 중심지인 지요다구 오테마치에": the city named first in a chain of places, the
// country only when no city is named.
Args broadestPlace(const ArgumentStructure& s, const Args& targets)
{
    if (targets.size() != 1) return targets;
    const Argument* target = targets.front();
    const Argument* city = target->type == EntityType::Place ? target : nullptr;
    const Argument* country = target->type == EntityType::Country ? target : nullptr;
    const auto& args = s.arguments();
    const auto& tokens = s.tokens();
    std::size_t start = target->phraseStart;
    for (auto it = args.rbegin(); it != args.rend(); ++it) {
        const Argument& a = *it;
        if (a.anaphor || a.last >= start || a.first + 4 < start) continue;
        if (a.type != EntityType::Place && a.type != EntityType::Country) break;
        bool linked = true; // only bare words or an apposition ("중심지인") between the places
        for (std::size_t k = a.last + 1; k < start; ++k)
            if (tokens[k].isWord() && !tokens[k].particle.empty() && tokens[k].role != ArgumentRole::Copula) linked = false;
        if (!tokens[a.last].particle.empty() && tokens[a.last].role != ArgumentRole::Copula) linked = false;
        if (!linked) break;
        if (a.type == EntityType::Place) city = &a;
        else if (!country) country = &a;
        start = a.phraseStart;
    }
    if (city) return {city};
    return country ? Args{country} : targets;
}

// "밀착하고 있다", "협력 각서를 체결하고": the trigger is the clause's predicate, not a noun inside another
// phrase ("협력 러브콜이 이어지고").
bool predicateFollows(const std::vector<Token>& tokens, std::size_t t, Continuation c, bool verbalNoun)
{
    if (c == Continuation::Active || c == Continuation::Passive) return true;
    // "다툰다", "맞붙고": a verb trigger is its own predicate when it ends a clause.
    if (!verbalNoun && (isClauseEnding(tokens[t].text) || tokens[t].text.ends_with("다") || tokens[t].text.ends_with("고")))
        return true;
    static constexpr std::array lightVerbs{std::string_view{"체결"}, std::string_view{"맺"}, std::string_view{"합의"},
                                           std::string_view{"추진"}, std::string_view{"강화"}, std::string_view{"확대"},
                                           std::string_view{"나서"}, std::string_view{"나섰"}, std::string_view{"했"},
                                           std::string_view{"하기로"}, std::string_view{"하고"}, std::string_view{"한다"},
                                           std::string_view{"잡"}, std::string_view{"열었"}, std::string_view{"세웠"},
                                           std::string_view{"설립"}, std::string_view{"출시"}, std::string_view{"진행"},
                                           std::string_view{"펼치"}, std::string_view{"펼친"}};
    // "업무협약(MOU)을 체결했다": skip an alias in parentheses and a particle written after it.
    int words = 0;
    int depth = 0;
    for (std::size_t k = t + 1; k < tokens.size() && words < 2; ++k) {
        if (tokens[k].punct == PunctKind::OpenParen) ++depth;
        else if (tokens[k].punct == PunctKind::CloseParen) --depth;
        if (depth > 0 || !tokens[k].isWord() || tokens[k].stem.empty()) continue;
        ++words;
        for (auto v : lightVerbs)
            if (tokens[k].text.starts_with(v)) return true;
    }
    return false;
}

// "30억원을", "1억달러의": a sum of money, which makes "지원" a payment.
bool isMoneyWord(std::string_view stem)
{
    if (!utf8::containsDigit(stem)) return false;
    static constexpr std::array units{std::string_view{"원"}, std::string_view{"달러"}, std::string_view{"엔"},
                                      std::string_view{"유로"}, std::string_view{"위안"}, std::string_view{"파운드"}};
    for (auto u : units)
        if (stem.ends_with(u)) return true;
    return false;
}

// "설립한 회사다", "세운 신약 개발 기업이다": the adnominal clause modifies the sentence's predicate noun.
bool copulaPredicateAfter(const std::vector<Token>& tokens, std::size_t pred)
{
    for (std::size_t k = pred + 1; k < tokens.size() && k <= pred + 4; ++k) {
        if (!tokens[k].isWord()) return false;
        const std::string_view w = tokens[k].text;
        if (w.ends_with("다")) return tokens[k].particle == "이다" || tokens[k].particle == "였다" || w.ends_with("이다") ||
                                      w.ends_with("사다") || w.ends_with("체다") || w.ends_with("소다");
        if (!tokens[k].particle.empty()) return false;
    }
    return false;
}

bool hasSubjectMarkedToken(const ArgumentStructure& s, std::size_t before)
{
    for (std::size_t i = 0; i < before && i < s.tokens().size(); ++i)
        if (isSubjectRole(s.tokens()[i].role)) return true;
    return false;
}

void emit(RelationType type, const Args& sources, const Args& targets, const ArgumentStructure& s,
          const SentenceContext& ctx, std::size_t predicate, std::string_view word, double confidence,
          std::vector<RelationCandidate>& out)
{
    for (const Argument* a : sources)
        for (const Argument* b : targets) {
            if (a->entity == b->entity) continue;
            std::size_t source = a->entity;
            auto checked = checkRelation(type, a->type, b->type);
            if (!checked && a->type == EntityType::Person) {
                // "샘 올트먼 오픈AI CEO는 ... 사무소를 일본에 설립했다": the person speaks for the organisation.
                for (const auto& [person, org] : ctx.employerOf)
                    if (person == a->entity) source = org;
                if (source != a->entity && ctx.entities) checked = checkRelation(type, (*ctx.entities)[source].type, b->type);
            }
            if (!checked) continue;
            const double c = confidence * std::min(1.0, 0.5 + std::min(a->confidence, b->confidence)) *
                             (a->anaphor || b->anaphor ? 0.85 : 1.0);
            RelationCandidate r;
            r.type = *checked;
            r.source = source;
            r.target = b->entity;
            r.evidence = makeEvidence(s, ctx, r.type, predicate, word, c);
            out.push_back(std::move(r));
        }
}

void emitSymmetric(RelationType type, const Args& group, const ArgumentStructure& s, const SentenceContext& ctx,
                   std::size_t predicate, std::string_view word, double confidence, std::vector<RelationCandidate>& out)
{
    for (std::size_t i = 0; i < group.size(); ++i)
        for (std::size_t j = i + 1; j < group.size(); ++j) emit(type, {group[i]}, {group[j]}, s, ctx, predicate, word, confidence, out);
}

} // namespace

bool isAdnominalForm(std::string_view word)
{
    if (word.ends_with("던") || word.ends_with("는")) return true;
    const char32_t last = utf8::last(word);
    return utf8::isHangulSyllable(last) && (last - 0xAC00) % 28 == 4; // final ㄴ: 한, 된, 연, 둔, 거느린
}

void ArgumentRelationExtractor::extract(const ArgumentStructure& s, const SentenceContext& ctx,
                                        std::vector<RelationCandidate>& out) const
{
    const std::size_t firstNew = out.size();
    extractTriggers(s, ctx, out);
    // "검색 조직을 분사해 네이버서치를 세웠다": a parent that splits a unit off does not found it as a founder does.
    std::vector<std::pair<std::size_t, std::size_t>> spunOff;
    for (std::size_t i = firstNew; i < out.size(); ++i)
        if (out[i].type == RelationType::SpunOffFrom) spunOff.emplace_back(out[i].target, out[i].source);
    std::erase_if(out, [&](const RelationCandidate& r) {
        return r.type == RelationType::Founded &&
               std::find(spunOff.begin(), spunOff.end(), std::make_pair(r.source, r.target)) != spunOff.end();
    });
    // "손정의 회장은 소프트뱅크를 창업했다": a founder's bare title is a title at the company founded.
    const std::size_t end = out.size();
    for (std::size_t i = firstNew; i < end; ++i) {
        if (out[i].type != RelationType::Founded) continue;
        for (const auto& role : s.sentence().roles) {
            if (role.hasOrganisation || !role.organisational || role.founder) continue;
            const bool samePerson = std::any_of(s.arguments().begin(), s.arguments().end(), [&](const Argument& a) {
                return a.entity == out[i].source && a.type == EntityType::Person && a.first <= role.personFirst &&
                       role.personLast <= a.last;
            });
            if (!samePerson) continue;
            RelationCandidate w = out[i];
            w.type = RelationType::WorksFor;
            w.evidence.role = role.role;
            w.evidence.confidence *= 0.9;
            out.push_back(std::move(w));
            break;
        }
    }
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
            const Trigger& trig = *candidate;
            if (!tok.text.starts_with(trig.word)) continue;
            const std::string_view rest = tok.text.substr(trig.word.size());
            Continuation c = Continuation::Bare;
            if (trig.verbalNoun) {
                c = continuationOf(rest);
                if (c == Continuation::Other) continue;
            } else if ((trig.word == "연" || trig.word == "열") && !rest.empty()) {
                continue;
            }
            const bool wordCarriesParticle = !trig.verbalNoun && (trig.word.ends_with("를") || trig.word.ends_with("을") ||
                                                                  trig.word.ends_with("로"));
            std::size_t pred = t;
            if (((trig.verbalNoun && (c == Continuation::Particle || c == Continuation::Bare)) || wordCarriesParticle) &&
                t + 1 < tokens.size() && tokens[t + 1].isWord())
                pred = t + 1;
            // Splitting off and location read the same in both voices ("분할돼", "설립된").
            bool passive = c == Continuation::Passive && trig.type != RelationType::SpunOffFrom &&
                           trig.type != RelationType::LocatedIn;
            // "X의 지원을 등에 업은 Y": backing carried on the back is received.
            if (pred != t && tokens[pred].text == "등에" && pred + 1 < tokens.size() && tokens[pred + 1].text.starts_with("업")) {
                ++pred;
                passive = true;
            }
            if (pred != t) {
                const std::string_view w = tokens[pred].text;
                if (w.starts_with("받") || w.starts_with("유치") || w.starts_with("이끌어") || w.starts_with("얻"))
                    passive = true;
            }
            // "Y는 X로부터 30억원을 유치했다": raising money is being invested in; hosting an event is not.
            if (trig.word == "유치") {
                const auto [cf, cl] = s.clauseOf(t);
                bool money = false;
                for (std::size_t k = cf; k <= cl && k < tokens.size(); ++k)
                    if (tokens[k].isWord() && (isMoneyWord(tokens[k].stem) || tokens[k].stem.starts_with("투자") ||
                                               tokens[k].stem.starts_with("시리즈") || tokens[k].stem.ends_with("자금")))
                        money = true;
                if (!money || c != Continuation::Active) continue;
                passive = true;
            }
            const bool adnominal = isAdnominalForm(tokens[pred].text) && !isClauseEnding(tokens[pred].text) &&
                                   pred + 1 < tokens.size() && tokens[pred + 1].isWord();
            const auto clause = s.clauseOf(t);

            RelationType type = trig.type;
            Slot slot = trig.target;
            Slot alternative = trig.alternative;
            if (trig.needsFundingNoun) {
                bool funding = false;
                for (std::size_t k = clause.first; k <= clause.second && k < tokens.size(); ++k)
                    if (tokens[k].isWord() && (isFundingNoun(tokens[k].stem) || isMoneyWord(tokens[k].stem))) funding = true;
                if (!funding) {
                    if (trig.word != "지원") continue;
                    type = RelationType::Supports;
                    slot = Slot::Object;
                    alternative = Slot::None;
                }
            }
            if (trig.needsOfficeNoun) {
                bool office = false;
                for (std::size_t k = t >= 3 ? t - 3 : 0; k < t; ++k)
                    if (tokens[k].role == ArgumentRole::Object && isOfficeNoun(tokens[k].stem)) office = true;
                if (!office) continue;
            }

            if (slot == Slot::StakeOwner && !(rest.empty() || ParticleStripper::isParticle(rest))) continue;
            if (slot == Slot::StakeOwner && !holdingFollows(tokens, t)) continue;
            const Argument* head = adnominal ? headAfter(s, pred) : nullptr;
            // "LG전자에서 분리돼 설립된 LG이노텍은": a linked verb, then the adnominal that names the head.
            if (!adnominal && pred + 2 < tokens.size() && tokens[pred + 1].isWord() && tokens[pred + 2].isWord() &&
                (tokens[pred].text.ends_with("돼") || tokens[pred].text.ends_with("해") || tokens[pred].text.ends_with("져")) &&
                isAdnominalForm(tokens[pred + 1].text) && !isClauseEnding(tokens[pred + 1].text) &&
                nearestWithRole(s, ArgumentRole::Subject, clause.first, t).empty() &&
                nearestWithRole(s, ArgumentRole::Topic, clause.first, t).empty())
                head = headAfter(s, pred + 1);
            // "SK텔레콤은 보안 사업부를 분사해 SK쉴더스를 세웠다": the unit split off becomes the new company.
            if (type == RelationType::SpunOffFrom && !head && c == Continuation::Active &&
                nearestWithRole(s, ArgumentRole::Source, clause.first, t).empty() && t + 2 < tokens.size()) {
                const Args founder = nearestWithRole(s, ArgumentRole::Topic, 0, t);
                for (const auto& a : s.arguments()) {
                    if (a.anaphor || a.modifier || a.role != ArgumentRole::Object || a.first <= t || a.roleToken + 1 >= tokens.size())
                        continue;
                    const std::string_view v = tokens[a.roleToken + 1].text;
                    if (a.first == t + 1 && (v.starts_with("세웠") || v.starts_with("설립") || v.starts_with("출범")) && !founder.empty())
                        emit(type, {&a}, founder, s, ctx, t, trig.word, trig.confidence * 0.9, out);
                }
            }
            Args subject = nearestWithRole(s, ArgumentRole::Subject, clause.first, t);
            {
                Args topic = nearestWithRole(s, ArgumentRole::Topic, clause.first, t);
                if (!topic.empty() && (subject.empty() || topic.front()->roleToken > subject.front()->roleToken)) subject = topic;
            }
            if (subject.empty()) subject = nearestWithRole(s, ArgumentRole::Topic, 0, t);
            auto slotArgs = [&](Slot sl) -> Args {
                if (sl == Slot::None) return {};
                if (sl == Slot::Genitive) return nearestWithRole(s, ArgumentRole::Genitive, t >= 4 ? t - 4 : 0, t);
                if (sl == Slot::ObjectOwner) return objectOwner(s, clause.first, t);
                if (sl == Slot::StakeOwner) return stakeOwner(s, t);
                Args found = nearestWithRole(s, roleFor(sl), clause.first, t);
                if (found.empty() && sl == Slot::Object) found = compoundObject(s, t);
                // "인텔의 파운드리 사업을 지원하기로": backing an organisation's project backs the organisation.
                if (found.empty() && sl == Slot::Object && (type == RelationType::Supports || type == RelationType::Funds))
                    found = objectOwner(s, clause.first, t);
                return found;
            };
            double confidence = trig.confidence;
            const bool focusAllowed = !hasSubjectMarkedToken(s, t) && ctx.focusOrganisation && ctx.entities;
            Argument focusArg;
            if (focusAllowed) {
                focusArg.entity = *ctx.focusOrganisation;
                focusArg.type = (*ctx.entities)[focusArg.entity].type;
                focusArg.anaphor = true;
                focusArg.confidence = 0.5;
            }

            if (slot == Slot::Comitative) {
                Args agents = head ? Args{head} : subject;
                const Args partners = slotArgs(Slot::Comitative);
                if (agents.empty() && !partners.empty() && focusAllowed && ctx.focusOrganisation) {
                    agents = {&focusArg};
                    confidence *= 0.75;
                }
                if (!partners.empty()) emit(type, agents, partners, s, ctx, pred, trig.word, confidence, out);
                // "A와 B는 협력하기로 했다": two names joined by 와/과; a comma list ("A, B, C가 제휴를 맺고")
                // says each has partners, not that they partner each other.
                else if (agents.size() == 2 && predicateFollows(tokens, t, c, trig.verbalNoun) &&
                         roleAfter(tokens, agents.front()->head) == ArgumentRole::Comitative)
                    emitSymmetric(type, agents, s, ctx, pred, trig.word, confidence, out);
                continue;
            }

            // "이번 투자에는 A, B 등이 참여했다": investors joining a round of the company the passage is about.
            if (trig.word == "참여") {
                std::size_t round = tokens.size();
                for (std::size_t k = clause.first; k < t; ++k)
                    if (tokens[k].isWord() && (tokens[k].stem.starts_with("투자") || tokens[k].stem.starts_with("시리즈")) &&
                        tokens[k].stem != "투자자" && tokens[k].stem != "투자사")
                        round = k;
                if (round == tokens.size() || subject.empty()) continue;
                Args investee = nearestWithRole(s, ArgumentRole::Genitive, round >= 3 ? round - 3 : 0, round);
                Argument roundFocus;
                if (investee.empty() && ctx.focusOrganisation && ctx.entities) {
                    roundFocus.entity = *ctx.focusOrganisation;
                    roundFocus.type = (*ctx.entities)[roundFocus.entity].type;
                    roundFocus.anaphor = true;
                    roundFocus.confidence = 0.5;
                    investee = {&roundFocus};
                }
                emit(type, subject, investee, s, ctx, pred, trig.word, confidence, out);
                continue;
            }

            Args sources, targets;
            if (!passive) {
                const Args subjectInClause = nearestWithRole(s, ArgumentRole::Subject, clause.first, t);
                // "알토스벤처스가 투자한 게임사 스텔라웍스는": with the subject in the relative clause, the head
                // fills the slot the clause leaves open.
                if (head && !subjectInClause.empty() &&
                    (slot == Slot::Object || trig.swapped || (slot == Slot::Dative && slotArgs(slot).empty()))) {
                    sources = subjectInClause;
                    targets = {head};
                } else if (head) {
                    sources = {head};
                    targets = slotArgs(slot);
                    if (targets.empty()) targets = slotArgs(alternative);
                } else {
                    sources = subjectInClause.empty() ? subject : subjectInClause;
                    targets = slotArgs(slot);
                    if (targets.empty()) targets = slotArgs(alternative);
                }
                // "카카오는 김범수 의장이 설립한 회사다": a relative clause on the predicate noun describes the topic.
                if (targets.empty() && adnominal && !head && slot == Slot::Object && !sources.empty() &&
                    copulaPredicateAfter(tokens, pred)) {
                    Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
                    if (!topic.empty() && topic.front()->entity != sources.front()->entity) {
                        targets = topic;
                        confidence *= 0.85;
                    }
                }
                // "X에 위치한 Y": the place belongs to the phrase the verb modifies, never to the clause's subject.
                if (type == RelationType::LocatedIn && adnominal && !head) continue;
                if (type == RelationType::LocatedIn || type == RelationType::OfficeIn) targets = broadestPlace(s, targets);
                if (trig.swapped) std::swap(sources, targets);
                // "미국 오픈AI도 MS가 ... 투자하면서", "리벨리온은 박성현 대표가 창업했다": a topic before the
                // subject is what was invested in or founded.
                if ((type == RelationType::InvestsIn || (type == RelationType::Founded && !subjectInClause.empty())) &&
                    targets.empty() && !sources.empty()) {
                    Args topic = nearestWithRole(s, ArgumentRole::Topic, 0, sources.front()->first);
                    if (!topic.empty() && topic.front()->entity != sources.front()->entity) {
                        targets = topic;
                        confidence *= 0.75;
                    }
                }
            } else {
                targets = head ? Args{head} : subject;
                // "X에서 설립된 Y": 에서 names where (or what from) Y was founded, not who founded it.
                if (type != RelationType::Founded) sources = nearestWithRole(s, ArgumentRole::Source, clause.first, t);
                if (sources.empty()) sources = nearestWithRole(s, ArgumentRole::Genitive, t >= 4 ? t - 4 : 0, t);
                if (sources.empty() && type == RelationType::Acquires) sources = nearestWithRole(s, ArgumentRole::Dative, clause.first, t);
                if (targets.empty() && !sources.empty() && focusAllowed && ctx.focusOrganisation &&
                    (type == RelationType::InvestsIn || type == RelationType::Supports || type == RelationType::Funds)) {
                    targets = {&focusArg};
                    confidence *= 0.75;
                }
            }
            if (sources.empty() && !targets.empty() && focusAllowed && ctx.focusOrganisation && !passive &&
                type == RelationType::Develops) {
                sources = {&focusArg};
                confidence *= 0.75;
            }
            emit(type, sources, targets, s, ctx, pred, trig.word, confidence, out);
        }
    }
}

} // namespace newsgraph::core
