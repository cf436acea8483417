// Dating and converting evidence amounts.
#include "graph/EvidenceMoney.h"

namespace newsgraph::core {

std::string evidenceDate(const EvidenceRecord& evidence, const GraphData& data)
{
    if (!evidence.date.empty())
        return evidence.date;
    const ArticleRecord* article = data.article(evidence.article);
    return article ? article->publishedDate : std::string();
}

std::optional<double> evidenceUsd(const EvidenceRecord& evidence, const GraphData& data, const RateTable& rates)
{
    if (!evidence.amount)
        return std::nullopt;
    return rates.toUsd(*evidence.amount, yearOf(evidenceDate(evidence, data)));
}

} // namespace newsgraph::core
