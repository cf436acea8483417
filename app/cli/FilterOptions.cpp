// The filter options shared by export and render, and their translation into a core::GraphFilter.
#include "FilterOptions.h"

namespace newsgraph::cli {

using core::Error;
using core::fail;

void addFilterOptions(ArgumentParser& parser)
{
    parser.flag("--verified-only", "only relations a reviewer marked verified")
        .option("--entity-types", "A,B", "only these entity types (person, company, investor, ...)")
        .option("--relation-types", "A,B", "only these relation types (invests_in, founded, ...)")
        .flag("--no-mentions", "leave out the weak mentioned_with relations")
        .option("--min-mentions", "N", "only entities mentioned at least N times")
        .option("--min-degree", "N", "only entities with at least N relations")
        .flag("--hide-isolated", "leave out entities without relations")
        .option("--from", "DATE", "only evidence dated on or after DATE (ISO prefix: 2024, 2024-06)")
        .option("--to", "DATE", "only evidence dated on or before DATE")
        .option("--outlets", "A,B", "only articles from these outlets")
        .option("--min-amount-usd", "X", "hide money relations below X US dollars");
}

core::Result<core::GraphFilter> filterFromArguments(const ParsedArguments& args)
{
    core::GraphFilter filter;
    for (const auto& name : splitList(args.valueOr("--entity-types", ""))) {
        const auto type = core::entityTypeFromString(name);
        if (!type)
            return fail(Error::Kind::InvalidInput, "unknown entity type '" + name + "' (see docs/ontology.md)");
        filter.entityTypes.insert(*type);
    }
    for (const auto& name : splitList(args.valueOr("--relation-types", ""))) {
        const auto type = core::relationTypeFromString(name);
        if (!type)
            return fail(Error::Kind::InvalidInput, "unknown relation type '" + name + "' (see docs/ontology.md)");
        filter.relationTypes.insert(*type);
    }
    if (args.has("--no-mentions")) {
        if (filter.relationTypes.empty())
            filter.relationTypes.insert(core::allRelationTypes.begin(), core::allRelationTypes.end());
        filter.relationTypes.erase(core::RelationType::MentionedWith);
    }
    for (const auto& outlet : splitList(args.valueOr("--outlets", "")))
        filter.outlets.insert(outlet);
    const auto minMentions = args.integer("--min-mentions", 0, 0, 1'000'000'000);
    const auto minDegree = args.integer("--min-degree", 0, 0, 1'000'000'000);
    const auto minAmount = args.number("--min-amount-usd", 0);
    if (!minMentions)
        return std::unexpected(minMentions.error());
    if (!minDegree)
        return std::unexpected(minDegree.error());
    if (!minAmount)
        return std::unexpected(minAmount.error());
    filter.minMentions = static_cast<int>(*minMentions);
    filter.minDegree = static_cast<int>(*minDegree);
    filter.minAmountUsd = *minAmount;
    filter.dateFrom = args.valueOr("--from", "");
    filter.dateTo = args.valueOr("--to", "");
    filter.hideIsolated = args.has("--hide-isolated");
    filter.verifiedOnly = args.has("--verified-only");
    return filter;
}

} // namespace newsgraph::cli
