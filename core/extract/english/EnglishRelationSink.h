// Collects the English rules' relations for one sentence: expands groups, checks entity types,
// and fills the evidence (amount, date, role, tense, confidence) like the Korean extractors do.
#pragma once

#include "extract/DateResolver.h"
#include "extract/MoneyParser.h"
#include "extract/RelationCandidate.h"
#include "extract/english/EnglishClause.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::core {

struct EnglishEvidence
{
    std::size_t triggerItem = 0;
    std::string_view word;
    double confidence = 0.75;
    Tense tense = Tense::Unspecified;
    std::string role;
    bool amount = true; // "Nvidia-backed Cohere raises $500 million": the sum is not Nvidia's
};

class EnglishRelationSink
{
public:
    EnglishRelationSink(const EnglishClause& clause, const SentenceContext& context,
                        std::optional<std::size_t> focus, std::string_view sentence,
                        std::string_view publicationDate, std::vector<RelationCandidate>& out);

    // The entities an argument stands for: its group's, or the passage's focus organisation.
    std::vector<std::size_t> entitiesOf(const ClauseArgument& argument) const;
    std::vector<std::size_t> entitiesOfGroup(std::size_t group) const;
    EntityType typeOf(std::size_t entity) const;

    // Every source/target pair whose types fit (checkRelation may turn invests_in into funds, ...).
    void emit(RelationType type, const std::vector<std::size_t>& sources,
              const std::vector<std::size_t>& targets, const EnglishEvidence& evidence);
    // Every pair within the list, for symmetric relations.
    void emitAmong(RelationType type, const std::vector<std::size_t>& entities,
                   const EnglishEvidence& evidence);

    std::size_t emitted() const { return emitted_; }

private:
    RelationEvidence evidenceFor(RelationType type, const EnglishEvidence& e) const;

    const EnglishClause& clause_;
    const SentenceContext& context_;
    std::optional<std::size_t> focus_;
    std::vector<MoneyMatch> amounts_;
    std::vector<DateMatch> dates_;
    std::vector<RelationCandidate>& out_;
    std::size_t emitted_ = 0;
};

} // namespace newsgraph::core
