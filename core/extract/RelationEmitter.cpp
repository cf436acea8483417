#include "extract/RelationEmitter.h"

#include "extract/EvidenceAttributes.h"
#include "extract/PaymentStatement.h"
#include "extract/RelationConstraints.h"

#include <algorithm>

namespace newsgraph::core {

void emit(RelationType type, const Args& sources, const Args& targets, const ArgumentStructure& s,
          const SentenceContext& ctx, std::size_t predicate, std::string_view word, double confidence,
          std::vector<RelationCandidate>& out)
{
    const bool paid = type == RelationType::Funds && predicate < s.tokens().size() &&
                      statesPayment(s.tokens(), s.clauseOf(predicate));
    for (const Argument* a : sources)
        for (const Argument* b : targets) {
            if (a->entity == b->entity) continue;
            std::size_t source = a->entity;
            auto checked = checkRelation(type, a->type, b->type, paid);
            if (!checked && a->type == EntityType::Person) {
                // "샘 올트먼 오픈AI CEO는 ... 사무소를 일본에 설립했다": the person speaks for the organisation.
                for (const auto& [person, org] : ctx.employerOf)
                    if (person == a->entity) source = org;
                if (source != a->entity && ctx.entities) checked = checkRelation(type, (*ctx.entities)[source].type, b->type, paid);
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

} // namespace newsgraph::core
