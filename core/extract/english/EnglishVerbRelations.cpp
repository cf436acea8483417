#include "extract/english/EnglishVerbRelations.h"

#include "extract/english/EnglishTriggers.h"

#include <array>

namespace newsgraph::core {
namespace {

// Explicit arguments on both sides are the rules' best reading; "the company" for one of them is weaker.
constexpr double explicitConfidence = 0.8;
constexpr double focusConfidence = 0.65;

template <typename Words>
bool anyWithin(const EnglishClause& c, std::size_t from, std::size_t to, const Words& words)
{
    for (std::size_t i = from; i < to && i < c.size(); ++i)
        for (std::string_view w : words)
            if (c[i].isWord(w))
                return true;
    return false;
}

constexpr std::string_view roundWords[] = {"round",      "funding",   "financing", "series",
                                           "investment", "investors", "capital",   "seed",
                                           "million",    "billion",   "valuation"};
constexpr std::string_view stakeWords[] = {"stake", "stakes", "shares", "interest"};

// "owns 7% of Tesla", "holds a stake in Arm", "owns shares of Tesla": a holding, not control.
bool sharesBetween(const EnglishClause& c, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i <= to && i < c.size(); ++i) {
        const std::string& w = c[i].lower;
        if (w.ends_with('%') || w == "percent" || w == "stake" || w == "shares" || w == "share")
            return true;
    }
    return false;
}

// "former Tesla engineers Omar Haddad and Lena Fischer": the people a title introduces stand for the agent.
ClauseArgument peopleAfterTitle(const EnglishClause& c, const EnglishRelationSink& sink, const ClauseArgument& agent)
{
    if (!agent.group)
        return agent;
    const std::size_t end = c.groups()[*agent.group].lastItem;
    for (std::size_t k = end + 1; k < c.size() && k <= end + 4; ++k) {
        if (c[k].kind == ClauseItem::Kind::Entity) {
            if (sink.typeOf(c[k].entity) == EntityType::Person)
                return {c[k].group, false, k};
            break;
        }
        if (c[k].kind != ClauseItem::Kind::Word)
            break;
    }
    return agent;
}

double confidenceOf(const ClauseArgument& a, const ClauseArgument& b)
{
    return (a.focus || b.focus) ? focusConfidence : explicitConfidence;
}

Tense tenseAt(const EnglishClause& c, std::size_t i, bool past)
{
    if (c.plannedBefore(i))
        return Tense::Planned;
    return past ? Tense::Past : Tense::Unspecified;
}

// "Y raised €600 million in a round led by X, with participation from Z": investors -> Y.
void readRaise(const EnglishClause& c, std::size_t i, EnglishRelationSink& sink)
{
    const ClauseArgument raiser = c.subjectBefore(i);
    if (!raiser.found())
        return;
    RelationType type = RelationType::InvestsIn;
    if (anyWithin(c, i + 1, i + 10,
                  std::array<std::string_view, 4>{"grant", "grants", "subsidy", "subsidies"}))
        type = RelationType::Funds;
    else if (anyWithin(c, i + 1, i + 6, std::array<std::string_view, 2>{"support", "backing"}))
        type = RelationType::Supports;
    else if (!c[i].isWord("raised") && !c[i].isWord("raises") && !c[i].isWord("raise") &&
             !c[i].isWord("raising") && !anyWithin(c, i + 1, i + 10, roundWords) &&
             !anyWithin(c, i + 1, i + 4, std::array<std::string_view, 1>{"$"}))
        return; // "received approval from", "won praise from"
    const EnglishEvidence ev{i, c[i].lower, explicitConfidence, tenseAt(c, i, false), {}};
    for (std::size_t g : c.groupsAfterWords(i, {"from", "by", "including"}))
        sink.emit(type, sink.entitiesOfGroup(g), sink.entitiesOf(raiser), ev);
}

// "X led a $50 million round in Y", "X led Y's Series B"
void readLedRound(const EnglishClause& c, std::size_t i, EnglishRelationSink& sink)
{
    if (!anyWithin(c, i + 1, i + 8, roundWords))
        return;
    const ClauseArgument lead = c.subjectBefore(i);
    ClauseArgument target = c.objectAfter(i, "in");
    if (!target.found())
        target = c.objectAfter(i);
    if (!lead.found() || !target.found())
        return;
    const EnglishEvidence ev{i, c[i].lower, confidenceOf(lead, target), tenseAt(c, i, false),
                             "lead investor"};
    sink.emit(RelationType::InvestsIn, sink.entitiesOf(lead), sink.entitiesOf(target), ev);
}

// "Y was acquired by X", "Y, founded by X in 2019", "a round led by X"
void readPassive(const EnglishClause& c, std::size_t i, EnglishRelationSink& sink)
{
    const std::string_view w = c[i].lower;
    std::optional<RelationType> type;
    bool agentIsTarget = false;
    if (w == "led" || w == "co-led") {
        if (anyWithin(c, i >= 5 ? i - 5 : 0, i, roundWords))
            type = RelationType::InvestsIn;
    } else if (w == "created" || w == "started") {
        type = RelationType::Founded;
    } else if (w == "made") {
        type = RelationType::Develops;
    } else if (w == "owned") {
        type = RelationType::PartOf;
        agentIsTarget = true;
    } else if (auto t = findEnglishTrigger(w)) {
        type = t->type;
    }
    if (!type)
        return;
    const ClauseArgument agent = peopleAfterTitle(c, sink, c.objectAfter(i, "by"));
    const ClauseArgument patient = c.subjectBefore(i);
    if (!agent.found() || !patient.found())
        return;
    RelationType relation = *type;
    const auto agents = sink.entitiesOf(agent);
    if ((w == "backed" || w == "supported") && !agents.empty() &&
        sink.typeOf(agents.front()) == EntityType::Government)
        relation = RelationType::Supports;
    const EnglishEvidence ev{i, w, confidenceOf(agent, patient), tenseAt(c, i, false), {}};
    if (agentIsTarget)
        sink.emit(relation, sink.entitiesOf(patient), agents, ev);
    else
        sink.emit(relation, agents, sink.entitiesOf(patient), ev);
}

// "X spun off Y" (Y -> X) or "Y was spun off from X" (Y -> X).
void readSpinOff(const EnglishClause& c, std::size_t i, EnglishRelationSink& sink)
{
    const ClauseArgument subject = c.subjectBefore(i);
    if (!subject.found())
        return;
    const EnglishEvidence ev{i, c[i].lower, explicitConfidence, tenseAt(c, i, false), {}};
    if (const ClauseArgument parent = c.objectAfter(i, "from"); parent.found()) {
        sink.emit(RelationType::SpunOffFrom, sink.entitiesOf(subject), sink.entitiesOf(parent), ev);
        return;
    }
    if (const ClauseArgument child = c.objectAfter(i); child.found())
        sink.emit(RelationType::SpunOffFrom, sink.entitiesOf(child), sink.entitiesOf(subject), ev);
}

// "the acquisition of Bluepeak by Harbor Group": the agent after the object.
ClauseArgument agentAfterObject(const EnglishClause& c, const ClauseArgument& object)
{
    if (!object.group)
        return {};
    const std::size_t end = c.groups()[*object.group].lastItem;
    if (end + 2 < c.size() && c[end + 1].isWord("by") && c[end + 2].kind == ClauseItem::Kind::Entity)
        return {c[end + 2].group, false, end + 2};
    return {};
}

// "Kestrel Analytics, which Oracle bought in 2020": the relative pronoun's antecedent is the object.
ClauseArgument relativeObject(const EnglishClause& c, const ClauseArgument& subject)
{
    if (!subject.group)
        return {};
    const std::size_t first = c.groups()[*subject.group].firstItem;
    if (first >= 3 && (c[first - 1].isWord("which") || c[first - 1].isWord("that")) &&
        c[first - 2].isPunct(",") && c[first - 3].kind == ClauseItem::Kind::Entity)
        return {c[first - 3].group, false, first - 3};
    return {};
}

void readTrigger(const EnglishClause& c, std::size_t i, const EnglishTrigger& t, EnglishRelationSink& sink)
{
    ClauseArgument subject = c.subjectBefore(i);
    if (!subject.found() && t.noun && !t.preposition.empty())
        subject = agentAfterObject(c, c.objectAfter(i, t.preposition));
    if (!subject.found())
        return;
    const Tense tense = tenseAt(c, i, t.past);
    if (t.shape == TriggerShape::Symmetric) {
        ClauseArgument other = t.preposition.empty() ? c.objectAfter(i) : c.objectAfter(i, t.preposition);
        if (!other.found() && t.type == RelationType::CompetesWith)
            other = c.objectAfter(i, "against");
        if (c[i].isWord("teamed") && !other.found())
            other = c.objectAfter(i + 1, "with");
        const EnglishEvidence ev{i, c[i].lower, confidenceOf(subject, other), tense, {}};
        if (other.found())
            sink.emit(t.type, sink.entitiesOf(subject), sink.entitiesOf(other), ev);
        else
            sink.emitAmong(t.type, sink.entitiesOf(subject),
                           ev); // "X and Y partnered", "X and Y signed a pact"
        return;
    }
    ClauseArgument object = t.preposition.empty() ? c.objectAfter(i) : c.objectAfter(i, t.preposition);
    if (!object.found() && t.preposition == "in")
        object = c.objectAfter(i, "into");
    // "AWS, Amazon's cloud subsidiary": the possessor is the parent, the name before the comma the unit.
    if (!object.found() && t.type == RelationType::PartOf && t.noun && subject.group) {
        const std::size_t parent = c.groups()[*subject.group].firstItem;
        if (parent + 1 < c.size() && c[parent + 1].kind == ClauseItem::Kind::Possessive && parent >= 2 &&
            c[parent - 1].isPunct(",") && c[parent - 2].kind == ClauseItem::Kind::Entity) {
            const EnglishEvidence ev{i, c[i].lower, explicitConfidence, tense, {}};
            sink.emit(RelationType::PartOf, sink.entitiesOfGroup(c[parent - 2].group),
                      sink.entitiesOf(subject), ev);
        }
        return;
    }
    if (!object.found() && t.shape == TriggerShape::SubjectObject && !t.noun)
        object = relativeObject(c, subject);
    if (!object.found())
        return;
    RelationType type = t.type;
    if (c[i].isWord("owns") || c[i].isWord("holds")) {
        if (sharesBetween(c, i + 1, object.item + 2)) {
            const EnglishEvidence ev{i, c[i].lower, confidenceOf(subject, object), tense, {}};
            sink.emit(RelationType::ShareholderOf, sink.entitiesOf(subject), sink.entitiesOf(object), ev);
            return;
        }
        if (c[i].isWord("holds"))
            return; // "holds talks with"
    }
    // "bought a 20% stake in Y" is read at "stake"; "holds a stake in Y" is a shareholding.
    if (type == RelationType::Acquires && anyWithin(c, i + 1, object.item, stakeWords))
        return;
    if (c[i].isWord("stake") &&
        anyWithin(c, i >= 4 ? i - 4 : 0, i,
                  std::array<std::string_view, 4>{"holds", "owns", "holding", "owning"}))
        type = RelationType::ShareholderOf;
    const auto sources = sink.entitiesOf(subject);
    if ((c[i].lower.starts_with("back") || type == RelationType::Funds) && !sources.empty() &&
        sink.typeOf(sources.front()) == EntityType::Government)
        type = RelationType::Supports;
    const EnglishEvidence ev{i, c[i].lower, confidenceOf(subject, object), tense, std::string(t.role)};
    if (t.shape == TriggerShape::ObjectSubject)
        sink.emit(type, sink.entitiesOf(object), sources, ev);
    else
        sink.emit(type, sources, sink.entitiesOf(object), ev);
}

// "founded by", "founded in 2019 by": the agent's "by" within a few words, nothing named in between.
bool agentFollows(const EnglishClause& c, std::size_t i)
{
    for (std::size_t k = i + 1; k < c.size() && k <= i + 4; ++k) {
        if (c[k].isWord("by"))
            return true;
        if (c[k].kind != ClauseItem::Kind::Word)
            return false;
    }
    return false;
}

} // namespace

void addTriggerRelations(const EnglishClause& c, EnglishRelationSink& sink)
{
    for (std::size_t i = 0; i < c.size(); ++i) {
        if (c[i].kind != ClauseItem::Kind::Word || c.negatedBefore(i))
            continue;
        const std::string_view w = c[i].lower;
        if (takesPassiveAgent(w) && agentFollows(c, i)) {
            readPassive(c, i, sink);
            continue;
        }
        if (w == "led" || w == "co-led") {
            readLedRound(c, i, sink);
            continue;
        }
        if (w == "spun" || w == "spin" || w == "spins") {
            readSpinOff(c, i + 1 < c.size() && (c[i + 1].isWord("off") || c[i + 1].isWord("out")) ? i + 1 : i,
                        sink);
            continue;
        }
        const auto trigger = findEnglishTrigger(w);
        if (!trigger)
            continue;
        if (trigger->shape == TriggerShape::Raise)
            readRaise(c, i, sink);
        else
            readTrigger(c, i, *trigger, sink);
    }
}

} // namespace newsgraph::core
