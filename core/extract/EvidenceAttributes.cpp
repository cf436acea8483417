#include "extract/EvidenceAttributes.h"

#include "extract/DateResolver.h"
#include "extract/MoneyParser.h"

#include <cstdlib>

namespace newsgraph::core {

Tense tenseAround(const std::vector<Token>& tokens, std::size_t predicate)
{
    for (std::size_t i = predicate; i < tokens.size() && i <= predicate + 2; ++i) {
        const std::string_view w = tokens[i].text;
        if (!tokens[i].isWord()) continue;
        if (w.find("기로") != std::string_view::npos || w.find("키로") != std::string_view::npos ||
            w.starts_with("계획") || w.starts_with("방침") || w.starts_with("예정") || w.ends_with("할") ||
            w.find("겠") != std::string_view::npos)
            return Tense::Planned;
        if (w.ends_with("던") || w.ends_with("었던") || w.ends_with("했던")) return Tense::Past;
        if (i > predicate && (w == "있다" || w == "있는" || w.starts_with("있"))) return Tense::Present;
        if (i > predicate && (w.ends_with("다") || w.ends_with("고") || w.ends_with("며"))) break;
    }
    return Tense::Unspecified;
}

RelationEvidence makeEvidence(const ArgumentStructure& structure, const SentenceContext& context, RelationType type,
                              std::size_t trigger, std::string_view triggerWord, double confidence)
{
    RelationEvidence ev;
    ev.sentenceIndex = context.sentenceIndex;
    ev.trigger = std::string(triggerWord);
    ev.confidence = context.headline ? confidence * 0.7 : confidence;
    ev.tense = tenseAround(structure.tokens(), trigger);
    const auto& tokens = structure.tokens();
    const std::size_t at = trigger < tokens.size() ? tokens[trigger].begin : 0;
    if (isMoneyRelation(type) && context.amounts) {
        const auto [first, last] = structure.clauseOf(trigger);
        const std::size_t from = tokens[first].begin;
        const std::size_t to = tokens[last].end;
        const MoneyMatch* best = nullptr;
        std::size_t bestDistance = 0;
        // Korean puts the sum before its verb ("105억 엔을 출자했다"): amounts ending before the trigger
        // count by the gap after them, amounts after it count double.
        for (const auto& m : *context.amounts) {
            if (m.begin < from || m.end > to) continue;
            const std::size_t d = m.end <= at ? at - m.end : (m.begin > at ? 2 * (m.begin - at) : 0);
            if (!best || d < bestDistance) best = &m, bestDistance = d;
        }
        if (best) ev.amount = best->amount;
    }
    if (context.dates) {
        const DateMatch* best = nullptr;
        std::size_t bestDistance = 0;
        for (const auto& d : *context.dates) {
            if (d.iso.empty()) continue;
            const std::size_t dist = d.begin > at ? d.begin - at : at - d.begin;
            if (!best || dist < bestDistance) best = &d, bestDistance = dist;
        }
        if (best) ev.date = best->iso;
    }
    return ev;
}

} // namespace newsgraph::core
