#include "extract/english/EnglishRelationSink.h"

#include "extract/RelationConstraints.h"
#include "extract/english/EnglishDates.h"

namespace newsgraph::core {
namespace {

// A relation read from a headline is less certain: headlines compress and omit.
constexpr double headlineFactor = 0.7;

std::size_t distance(std::size_t a, std::size_t b)
{
    return a > b ? a - b : b - a;
}

// Headlines write "$500 Million"; the money parser knows the lower-case words. Same length, same offsets.
std::string withLowerMultipliers(std::string_view sentence)
{
    std::string text(sentence);
    for (std::string_view word : {"Million", "Billion", "Trillion", "Thousand"})
        for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
            text[at] = char(text[at] - 'A' + 'a');
    return text;
}

} // namespace

EnglishRelationSink::EnglishRelationSink(const EnglishClause& clause, const SentenceContext& context,
                                         std::optional<std::size_t> focus, std::string_view sentence,
                                         std::string_view publicationDate,
                                         std::vector<RelationCandidate>& out)
    : clause_(clause), context_(context), focus_(focus),
      amounts_(findAmounts(withLowerMultipliers(sentence))),
      dates_(findEnglishDates(sentence, publicationDate)), out_(out)
{
}

std::vector<std::size_t> EnglishRelationSink::entitiesOf(const ClauseArgument& a) const
{
    if (a.group)
        return entitiesOfGroup(*a.group);
    if (a.focus && focus_)
        return {*focus_};
    return {};
}

std::vector<std::size_t> EnglishRelationSink::entitiesOfGroup(std::size_t group) const
{
    return group < clause_.groups().size() ? clause_.groups()[group].entities : std::vector<std::size_t>{};
}

EntityType EnglishRelationSink::typeOf(std::size_t entity) const
{
    return context_.entities && entity < context_.entities->size() ? (*context_.entities)[entity].type
                                                                   : EntityType::Company;
}

RelationEvidence EnglishRelationSink::evidenceFor(RelationType type, const EnglishEvidence& e) const
{
    RelationEvidence ev;
    ev.sentenceIndex = context_.sentenceIndex;
    ev.trigger = std::string(e.word);
    ev.confidence = context_.headline ? e.confidence * headlineFactor : e.confidence;
    ev.tense = e.tense;
    ev.role = e.role;
    const std::size_t at = e.triggerItem < clause_.size() ? clause_[e.triggerItem].begin : 0;
    // English puts the sum after its verb ("raised €600 million"): amounts after the trigger count
    // by their distance, amounts before it double.
    if (isMoneyRelation(type) && e.amount) {
        const MoneyMatch* best = nullptr;
        std::size_t bestDistance = 0;
        for (const auto& m : amounts_) {
            const std::size_t d = m.begin >= at ? m.begin - at : 2 * (at - m.end);
            if (!best || d < bestDistance)
                best = &m, bestDistance = d;
        }
        if (best)
            ev.amount = best->amount;
    }
    const DateMatch* best = nullptr;
    for (const auto& d : dates_)
        if (!d.iso.empty() && (!best || distance(d.begin, at) < distance(best->begin, at)))
            best = &d;
    if (best)
        ev.date = best->iso;
    return ev;
}

void EnglishRelationSink::emit(RelationType type, const std::vector<std::size_t>& sources,
                               const std::vector<std::size_t>& targets, const EnglishEvidence& e)
{
    for (std::size_t s : sources) {
        for (std::size_t t : targets) {
            if (s == t)
                continue;
            const auto checked = checkRelation(type, typeOf(s), typeOf(t));
            if (!checked)
                continue;
            RelationCandidate c;
            c.type = *checked;
            c.source = s;
            c.target = t;
            c.evidence = evidenceFor(*checked, e);
            out_.push_back(std::move(c));
            ++emitted_;
        }
    }
}

void EnglishRelationSink::emitAmong(RelationType type, const std::vector<std::size_t>& entities,
                                    const EnglishEvidence& e)
{
    for (std::size_t i = 0; i < entities.size(); ++i)
        for (std::size_t j = i + 1; j < entities.size(); ++j)
            emit(type, {entities[i]}, {entities[j]}, e);
}

} // namespace newsgraph::core
